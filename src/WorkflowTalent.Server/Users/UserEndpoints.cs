using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Users;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Users;

/// <summary>
/// <c>/api/users</c>, administrators only: there is no self-registration, so administrators create officials and
/// trainees, give them a role and the scope it acts for, and reset forgotten passwords.
/// </summary>
public static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(IdentityModule.AdministratorsOnly);
        users.MapGet("/", async (UserDirectory directory, CancellationToken cancellationToken) =>
                TypedResults.Ok(await directory.ListAsync(null, cancellationToken)))
            .WithSummary("Every user with roles and scope, by user name.");
        users.MapGet("/{userName}", async Task<Results<Ok<UserSummary>, ProblemHttpResult>> (string userName, UserDirectory directory, CancellationToken cancellationToken) =>
                await directory.FindAsync(userName, cancellationToken) is { } user ? TypedResults.Ok(user) : UserProblems.NoUser(userName))
            .WithSummary("One user with roles and scope.");
        users.MapPost("/", CreateAsync)
            .WithSummary("Creates a user with one role; the scope is required for the county, department and unit roles and refused for the others.");
        users.MapPut("/{userName}", UpdateAsync)
            .WithSummary("Replaces a user's display name, roles and scope; signed-in sessions are asked to sign in again.");
        users.MapPost("/{userName}/password", ResetPasswordAsync)
            .WithSummary("Sets a new password and lifts a lockout.");
        return app;
    }

    private static async Task<Results<Created<UserSummary>, ProblemHttpResult>> CreateAsync(
        CreateUserRequest request, UserManager<WorkflowUser> users, UserDirectory directory, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        if (UserRules.Check(request) is { Count: > 0 } problems)
            return UserProblems.Invalid(problems);

        var user = new WorkflowUser
        {
            UserName = request.UserName!.Trim(),
            Email = request.Email!.Trim(),
            EmailConfirmed = true, // an administrator vouches for the address; there is no self-registration to confirm
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? null : request.DisplayName.Trim(),
            Scope = string.IsNullOrWhiteSpace(request.Scope) ? null : request.Scope.Trim(),
        };
        // The user and their role commit together: no user is left without a role.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await users.CreateAsync(user, request.Password!) is { Succeeded: false } created)
            return UserProblems.From(created);
        if (await users.AddToRoleAsync(user, request.Role!) is { Succeeded: false } added)
            return UserProblems.From(added);
        await transaction.CommitAsync(cancellationToken);

        var summary = (await directory.FindAsync(user.UserName, cancellationToken))!;
        return TypedResults.Created($"/api/users/{Uri.EscapeDataString(summary.UserName)}", summary);
    }

    private static async Task<Results<Ok<UserSummary>, ProblemHttpResult>> UpdateAsync(
        string userName, UpdateUserRequest request, UserManager<WorkflowUser> users, UserDirectory directory, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        if (UserRules.Check(request) is { Count: > 0 } problems)
            return UserProblems.Invalid(problems);
        if (await users.FindByNameAsync(userName) is not { } user)
            return UserProblems.NoUser(userName);

        var roles = request.Roles!.Distinct(StringComparer.Ordinal).ToList();
        var current = await users.GetRolesAsync(user);
        // Someone must be left to manage users and definitions.
        if (current.Contains(WorkflowRoles.Administrator) && !roles.Contains(WorkflowRoles.Administrator)
            && await directory.CountInRoleAsync(WorkflowRoles.Administrator, cancellationToken) <= 1)
            return UserProblems.Conflict($"{userName} is the last administrator; make another user administrator first.");

        user.DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? null : request.DisplayName.Trim();
        user.Scope = string.IsNullOrWhiteSpace(request.Scope) ? null : request.Scope.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await users.UpdateAsync(user) is { Succeeded: false } updated)
            return UserProblems.From(updated);
        if (current.Except(roles).ToList() is { Count: > 0 } removed && await users.RemoveFromRolesAsync(user, removed) is { Succeeded: false } removing)
            return UserProblems.From(removing);
        if (roles.Except(current).ToList() is { Count: > 0 } added && await users.AddToRolesAsync(user, added) is { Succeeded: false } adding)
            return UserProblems.From(adding);
        // Roles and scope travel in the cookie's claims: a new stamp makes the cookie revalidate and pick them up.
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok((await directory.FindAsync(user.UserName!, cancellationToken))!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ResetPasswordAsync(
        string userName, ResetPasswordRequest request, UserManager<WorkflowUser> users)
    {
        if (string.IsNullOrEmpty(request.Password))
            return UserProblems.Invalid([new("password", "is required")]);
        if (await users.FindByNameAsync(userName) is not { } user)
            return UserProblems.NoUser(userName);
        // A reset token checks the new password against the policy before the old one is replaced.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        if (await users.ResetPasswordAsync(user, token, request.Password) is { Succeeded: false } reset)
            return UserProblems.From(reset);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return TypedResults.NoContent();
    }
}
