using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.ReferenceData;
using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Server.Plan;

/// <summary>
/// On start: each part of the plan's data that is still empty gets the Yuxi seed (<see cref="YuxiReferenceData"/>)
/// or the default settings. A part that has rows is left alone, so administrators' edits survive restarts.
/// </summary>
internal sealed partial class PlanSeeder(WorkflowDbContext db, TimeProvider clock, ILogger<PlanSeeder> log)
{
    public const string SeededBy = "seed";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await SeedPartAsync("fields", db.PlanFields, AddFieldsAndDepartments, cancellationToken);
        await SeedPartAsync("counties", db.PlanCounties, AddCounties, cancellationToken);
        await SeedPartAsync("receiving units", db.PlanReceivingUnits, AddReceivingUnits, cancellationToken);
        await SeedPartAsync("settings", db.PlanSettings, AddDefaultSettings, cancellationToken);
    }

    private void AddFieldsAndDepartments()
    {
        var position = 0;
        foreach (var (field, i) in Field.All.Select((f, i) => (f, i)))
            db.PlanFields.Add(new FieldRecord
            {
                Code = field.Code, NameZh = field.NameZh, NameEn = field.NameEn, Position = i,
                CompetentDepartments = [.. field.CompetentDepartments.Select(d => new CompetentDepartmentRecord { Name = d.Name, EnglishName = d.EnglishName, Position = position++ })],
            });
        // R2.1, R11.1: finance funds the plan and organises no field.
        db.PlanCompetentDepartments.Add(new CompetentDepartmentRecord
        {
            Name = CompetentDepartment.Finance.Name, EnglishName = CompetentDepartment.Finance.EnglishName, Position = position,
        });
    }

    private void AddCounties()
    {
        foreach (var (county, i) in YuxiReferenceData.Counties.Select((c, i) => (c, i)))
            db.PlanCounties.Add(new CountyRecord
            {
                Name = county.Name, EnglishName = county.EnglishName, IsEthnicAutonomous = county.IsEthnicAutonomous, Position = i,
                Townships = [.. county.Townships.Select((t, j) => new TownshipRecord { Name = t.Name, IsRemote = t.IsRemote, Position = j })],
            });
    }

    private void AddReceivingUnits()
    {
        var departments = db.PlanCompetentDepartments.ToDictionary(d => d.Name, StringComparer.Ordinal);
        foreach (var unit in YuxiReferenceData.ReceivingUnits)
            db.PlanReceivingUnits.Add(new ReceivingUnitRecord
            {
                Name = unit.Name, FieldCode = unit.Field.Code, CompetentDepartment = departments[unit.CompetentDepartment.Name],
                Departments = [.. unit.Departments.Select((d, i) => new UnitDepartmentRecord
                {
                    Name = d.Name, Position = i,
                    Mentors = [.. d.Mentors.Select((m, j) => new MentorRecord { Name = m.Name, Title = m.Title, Position = j })],
                })],
            });
    }

    private void AddDefaultSettings()
    {
        var json = PlanSettingsStore.Write(PlanSettings.Default);
        var now = clock.GetUtcNow();
        db.PlanSettings.Add(new PlanSettingsRecord { Json = json, Revision = 1, UpdatedAt = now, UpdatedBy = SeededBy });
        db.PlanSettingsHistory.Add(new PlanSettingsChangeRecord { Revision = 1, Json = json, ChangedAt = now, ChangedBy = SeededBy });
    }

    private async Task SeedPartAsync<T>(string part, IQueryable<T> rows, Action add, CancellationToken cancellationToken)
    {
        if (await rows.AnyAsync(cancellationToken))
            return;
        add();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            LogSeeded(log, part);
        }
        catch (DbUpdateException)
        {
            // Another node starting at the same moment seeded this part first; its rows stand. Anything else is a real fault.
            if (!await SeededElsewhereAsync(rows, cancellationToken))
                throw;
        }
    }

    private async Task<bool> SeededElsewhereAsync<T>(IQueryable<T> rows, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await rows.AnyAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the plan's {Part}")]
    private static partial void LogSeeded(ILogger logger, string part);
}
