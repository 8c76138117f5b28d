using WorkflowTalent.Server.Identity;
using WorkflowTalent.Server.Notifications;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Applications;

/// <summary>
/// The e-mail addresses the plan's definitions send to (their <c>…Email</c> inputs), read from the officials of each
/// role and scope. A definition's mail with no recipient faults its instance, so every address falls back to the
/// party that answers for the missing one: an original unit or a trainee without an address is reached through the
/// county Organisation Department that dispatches them (R4.1), any other official through the Municipal
/// Organisation Department, which leads the plan (R2.1).
/// </summary>
internal sealed class PartyAddresses(NotificationRecipients recipients)
{
    public async Task<string> MunicipalAsync(CancellationToken cancellationToken) =>
        await FirstAsync(WorkflowRoles.MunicipalOrganization, null, cancellationToken)
        ?? await FirstAsync(WorkflowRoles.Administrator, null, cancellationToken)
        ?? throw new WorkflowRefusedException(
            "市委组织部和系统管理员均未登记电子邮箱，流程通知无法送达。No Municipal Organisation Department official or administrator has an e-mail address for the workflows' notices",
            RefusalReason.Conflict);

    public async Task<string> CountyAsync(string county, CancellationToken cancellationToken) =>
        await FirstAsync(WorkflowRoles.CountyOrganization, county, cancellationToken) ?? await MunicipalAsync(cancellationToken);

    public async Task<string> OriginalUnitAsync(string? originalUnit, string county, CancellationToken cancellationToken) =>
        (originalUnit is null ? null : await FirstAsync(WorkflowRoles.OriginalUnit, originalUnit, cancellationToken))
        ?? await CountyAsync(county, cancellationToken);

    public async Task<string> CompetentDepartmentAsync(string department, CancellationToken cancellationToken) =>
        await FirstAsync(WorkflowRoles.CompetentDepartment, department, cancellationToken) ?? await MunicipalAsync(cancellationToken);

    public async Task<string> ReceivingUnitAsync(string unit, CancellationToken cancellationToken) =>
        await FirstAsync(WorkflowRoles.ReceivingUnit, unit, cancellationToken) ?? await MunicipalAsync(cancellationToken);

    public async Task<string> ReceivingUnitHrAsync(string unit, CancellationToken cancellationToken) =>
        await FirstAsync(WorkflowRoles.ReceivingUnitHr, unit, cancellationToken) ?? await ReceivingUnitAsync(unit, cancellationToken);

    /// <summary>The address given with the application, else the trainee's account's, else the county's.</summary>
    public async Task<string> TraineeAsync(string? email, string? userName, string county, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(email))
            return email.Trim();
        if (!string.IsNullOrWhiteSpace(userName)
            && await recipients.TargetAsync(userName.Trim(), null, cancellationToken) is [{ Email: { Length: > 0 } own }, ..])
            return own;
        return await CountyAsync(county, cancellationToken);
    }

    private async Task<string?> FirstAsync(string role, string? scope, CancellationToken cancellationToken)
    {
        var users = await recipients.InRoleAsync(role, scope, cancellationToken);
        return users.Find(u => !string.IsNullOrWhiteSpace(u.Email))?.Email;
    }
}
