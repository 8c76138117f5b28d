using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Plan;

/// <summary>
/// <c>/api/plan/reference</c>: counties, fields and receiving units. Administrators correct the flags R3.4 tilts the
/// quota by and keep the receiving units' departments and mentors (R6.3) current.
/// </summary>
internal static class ReferenceEndpoints
{
    public static RouteGroupBuilder MapReferenceEndpoints(this RouteGroupBuilder plan)
    {
        plan.MapGet("/reference", async (PlanReference reference, CancellationToken cancellationToken) => TypedResults.Ok(await reference.ViewAsync(cancellationToken)))
            .WithSummary("Counties with their townships, fields with their competent departments, receiving units with departments and mentors.");
        var edits = plan.MapGroup("/reference").RequireAuthorization(IdentityModule.AdministratorsOnly);
        edits.MapPut("/counties/{county}", EditCountyAsync)
            .WithSummary("Sets a county's ethnic flag and, when townships are given, its complete list of townships with their remote flags (R3.4).");
        edits.MapPut("/receiving-units/{unit}", PutReceivingUnitAsync)
            .WithSummary("Creates or replaces a receiving unit: field, competent department (R2.1), departments and mentors (R6.3).");
        return plan;
    }

    private static async Task<Results<Ok<CountyView>, ProblemHttpResult>> EditCountyAsync(
        string county, CountyEdit edit, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        if (ReferenceEditRules.Check(edit) is { Count: > 0 } problems)
            return PlanProblems.Invalid("The county edit is not valid", problems);
        if (await db.PlanCounties.Include(c => c.Townships).SingleOrDefaultAsync(c => c.Name == county, cancellationToken) is not { } record)
            return PlanProblems.NotFound($"没有县（市、区）“{county}”。There is no county {county}.");

        if (edit.IsEthnicAutonomous is { } ethnic)
            record.IsEthnicAutonomous = ethnic;
        if (edit.Townships is { } townships)
        {
            var wanted = townships.Select((t, i) => (Name: t.Name!.Trim(), t.IsRemote, Position: i)).ToList();
            var removed = record.Townships.Where(t => !wanted.Exists(w => w.Name == t.Name)).ToList();
            var removedIds = removed.Select(t => t.Id).ToList();
            // A township a candidate or an employer is recorded in stays: the records keep what they point to.
            var inUse = await db.PlanApplications.Where(a => a.TownshipId != null && removedIds.Contains(a.TownshipId.Value)).Select(a => a.TownshipId!.Value)
                .Union(db.PlanOriginalUnits.Where(u => u.TownshipId != null && removedIds.Contains(u.TownshipId.Value)).Select(u => u.TownshipId!.Value))
                .ToListAsync(cancellationToken);
            if (inUse.Count > 0)
            {
                var names = string.Join("、", removed.Where(t => inUse.Contains(t.Id)).Select(t => t.Name));
                return PlanProblems.Invalid("The county edit is not valid",
                    [new("townships", $"乡镇（街道）{names}已有申请或原工作单位记录，不能删除", $"{names} cannot be removed: applications or original units name them")]);
            }

            foreach (var township in removed)
                record.Townships.Remove(township);
            foreach (var (name, isRemote, position) in wanted)
            {
                var township = record.Townships.Find(t => t.Name == name);
                if (township is null)
                    record.Townships.Add(township = new TownshipRecord { Name = name });
                township.IsRemote = isRemote;
                township.Position = position;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PlanReference.ToView(record));
    }

    private static async Task<Results<Created<ReceivingUnitView>, Ok<ReceivingUnitView>, ProblemHttpResult>> PutReceivingUnitAsync(
        string unit, ReceivingUnitEdit edit, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var departments = await db.PlanCompetentDepartments.ToListAsync(cancellationToken);
        var problems = ReferenceEditRules.Check(edit, departments.ToDictionary(d => d.Name, d => d.FieldCode, StringComparer.Ordinal));
        if (unit.Trim().Length is 0 or > ReferenceEditRules.MaxLength)
            problems.Add(new("name", $"接收单位名称须为 1 至 {ReferenceEditRules.MaxLength} 字", $"is 1 to {ReferenceEditRules.MaxLength} characters"));
        if (problems.Count > 0)
            return PlanProblems.Invalid("The receiving unit is not valid", problems);

        var record = await db.PlanReceivingUnits.Include(u => u.Departments).ThenInclude(d => d.Mentors)
            .SingleOrDefaultAsync(u => u.Name == unit, cancellationToken);
        var created = record is null;
        record ??= db.PlanReceivingUnits.Add(new ReceivingUnitRecord { Name = unit.Trim(), FieldCode = edit.Field! }).Entity;
        record.FieldCode = edit.Field!;
        record.CompetentDepartment = departments.Single(d => d.Name == edit.CompetentDepartment);

        var wanted = edit.Departments!.Select(d => (Name: d.Name!.Trim(), Mentors: d.Mentors ?? [])).ToList();
        var removedDepartments = record.Departments.Where(d => !wanted.Exists(w => w.Name == d.Name)).ToList();
        var removedMentors = record.Departments.SelectMany(d => d.Mentors.Where(m =>
                removedDepartments.Contains(d) || !wanted.Single(w => w.Name == d.Name).Mentors.Any(w => w.Name!.Trim() == m.Name)))
            .ToList();
        if (await InUseAsync(db, removedDepartments, removedMentors, cancellationToken) is { } inUse)
            return PlanProblems.Invalid("The receiving unit is not valid", [inUse]);

        foreach (var department in removedDepartments)
            record.Departments.Remove(department);
        foreach (var department in record.Departments)
            department.Mentors.RemoveAll(removedMentors.Contains);
        for (var i = 0; i < wanted.Count; i++)
        {
            var department = record.Departments.Find(d => d.Name == wanted[i].Name);
            if (department is null)
                record.Departments.Add(department = new UnitDepartmentRecord { Name = wanted[i].Name });
            department.Position = i;
            for (var j = 0; j < wanted[i].Mentors.Count; j++)
            {
                var name = wanted[i].Mentors[j].Name!.Trim();
                var mentor = department.Mentors.Find(m => m.Name == name);
                if (mentor is null)
                    department.Mentors.Add(mentor = new MentorRecord { Name = name, Title = "" });
                mentor.Title = wanted[i].Mentors[j].Title!.Trim();
                mentor.Position = j;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var view = PlanReference.ToView(record);
        return created ? TypedResults.Created($"/api/plan/reference/receiving-units/{Uri.EscapeDataString(record.Name)}", view) : TypedResults.Ok(view);
    }

    // R6.3: a placement keeps the department and mentor it names.
    private static async Task<PlanProblem?> InUseAsync(
        WorkflowDbContext db, List<UnitDepartmentRecord> departments, List<MentorRecord> mentors, CancellationToken cancellationToken)
    {
        var departmentIds = departments.Select(d => d.Id).ToList();
        var mentorIds = mentors.Select(m => m.Id).ToList();
        var used = await db.PlanApplications
            .Where(a => (a.UnitDepartmentId != null && departmentIds.Contains(a.UnitDepartmentId.Value)) || (a.MentorId != null && mentorIds.Contains(a.MentorId.Value)))
            .Select(a => new { a.UnitDepartmentId, a.MentorId })
            .ToListAsync(cancellationToken);
        if (used.Count == 0)
            return null;
        var names = departments.Where(d => used.Exists(u => u.UnitDepartmentId == d.Id)).Select(d => d.Name)
            .Concat(mentors.Where(m => used.Exists(u => u.MentorId == m.Id)).Select(m => m.Name))
            .Distinct();
        var list = string.Join("、", names);
        return new PlanProblem("departments", $"{list}已有研修人员安排，不能删除（R6.3）", $"{list} cannot be removed: trainees are placed there (R6.3)", "R6.3");
    }
}
