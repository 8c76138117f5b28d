using Microsoft.Data.Sqlite;
using WorkflowTalent.Plan.ReferenceData;

namespace WorkflowTalent.Benchmarks.Browser;

/// <summary>
/// Fills the service's SQLite file (schema as the service migrated it) with a city's backlog of cases: two tasks per
/// instance over the seven processes of workflows/, the roles and scopes of the plan (9 counties, 40 receiving
/// units, 8 competent departments, the municipal department city-wide), about 40 % of tasks open, a fifth of the open
/// ones overdue, a third of the open ones claimed. Raw prepared INSERTs in one transaction: the schema is the EF
/// migrations', times are UTC ticks and enums their names, as the model stores them on SQLite.
/// </summary>
internal static class BrowserInboxSeeder
{
    public const string County = "峨山彝族自治县";
    public const string CountyOfficial = "eshan.org";
    public const string MunicipalOfficial = "city.org";

    // The nine counties of the plan's reference data (YuxiReferenceData), in its order.
    private static readonly string[] Counties = [.. YuxiReferenceData.Counties.Select(c => c.Name)];

    private static readonly string[] Units = [.. Enumerable.Range(1, 39).Select(i => $"玉溪市第{i}接收单位").Append("玉溪市人民医院")];
    private static readonly string[] Departments = ["市卫生健康委", "市教育体育局", "市农业农村局", "市科技局", "市工业和信息化局", "市文化和旅游局", "市林业和草原局", "市水利局"];

    // Role, share of all tasks (‰), the scopes it is spread over (null: city-wide).
    private static readonly (string Role, int PerMille, string[]? Scopes)[] Roles =
    [
        ("CountyOrganization", 400, Counties),
        ("ReceivingUnit", 120, Units),
        ("ReceivingUnitHr", 120, Units),
        ("CompetentDepartment", 60, Departments),
        ("OriginalUnit", 50, Units),
        ("MunicipalOrganization", 250, null),
    ];

    // Process, what its case is called, the activities its tasks come from.
    private static readonly (string DefinitionId, string Case, string[] Activities)[] Processes =
    [
        ("talent-leave", "请假申请", ["county", "unit", "unitHr"]),
        ("talent-report-in", "报到", ["receive", "confirm"]),
        ("talent-training", "研修计划", ["plan", "review"]),
        ("talent-extension", "延期申请", ["county", "municipal"]),
        ("talent-discipline", "违纪处理", ["investigate", "decide"]),
        ("talent-selection", "选派推荐", ["recommend", "review"]),
        ("talent-year", "年度考核", ["assess", "approve"]),
    ];

    private static readonly string[] Surnames = ["李", "王", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "普", "何", "罗", "段"];
    private static readonly string[] GivenNames = ["明", "丽", "芳", "伟", "强", "霞", "军", "燕", "涛", "娟", "斌", "敏", "华", "静"];

    public static async Task SeedAsync(string databaseFile, int taskCount, DateTimeOffset now)
    {
        var random = new Random(6);
        await using var connection = new SqliteConnection($"Data Source={databaseFile}");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();

        await using var instance = connection.CreateCommand();
        instance.Transaction = transaction;
        instance.CommandText =
            "INSERT INTO \"Instances\" (\"Id\", \"DefinitionId\", \"DefinitionVersion\", \"Status\", \"Name\", \"StateJson\", \"CreatedAt\", \"UpdatedAt\", \"EndedAt\", \"JournalLength\", \"Revision\") " +
            "VALUES ($id, $definition, 1, $status, $name, '{}', $created, $updated, $ended, 8, 3)";
        var instanceParameters = AddParameters(instance, "$id", "$definition", "$status", "$name", "$created", "$updated", "$ended");
        await instance.PrepareAsync();

        await using var task = connection.CreateCommand();
        task.Transaction = transaction;
        task.CommandText =
            "INSERT INTO \"Tasks\" (\"Id\", \"InstanceId\", \"DefinitionId\", \"ActivityId\", \"Title\", \"Description\", \"Role\", \"Scope\", \"Assignee\", \"Owner\", " +
            "\"Delegation\", \"Status\", \"Priority\", \"CreatedAt\", \"Due\", \"IsOverdue\", \"ClaimedAt\", \"OutcomesJson\", \"Outcome\", \"CompletedBy\", \"CompletedAt\") " +
            "VALUES ($id, $instance, $definition, $activity, $title, $description, $role, $scope, $assignee, NULL, 'None', $status, $priority, $created, $due, 0, $claimed, " +
            "'[\"Approve\",\"Reject\"]', $outcome, $completedBy, $completedAt)";
        var taskParameters = AddParameters(task, "$id", "$instance", "$definition", "$activity", "$title", "$description", "$role", "$scope", "$assignee",
            "$status", "$priority", "$created", "$due", "$claimed", "$outcome", "$completedBy", "$completedAt");
        await task.PrepareAsync();

        for (var i = 0; i < taskCount; i += 2)
        {
            var (definitionId, caseName, activities) = Processes[random.Next(Processes.Length)];
            var trainee = $"{Surnames[random.Next(Surnames.Length)]}{GivenNames[random.Next(GivenNames.Length)]}{GivenNames[random.Next(GivenNames.Length)]}";
            var instanceId = Guid.CreateVersion7().ToString("N");
            // The second task of a case is the one still open, if any: about 80 % of cases are still running.
            var open = random.Next(100) < 80;
            var created = now.AddMinutes(-random.Next((open ? 30 : 3 * 365) * 24 * 60));
            SetValues(instanceParameters, instanceId, definitionId, open ? "Waiting" : "Finished", $"{trainee}的{caseName}", created.UtcTicks,
                now.AddMinutes(-random.Next(60)).UtcTicks, open ? null : created.AddDays(10).UtcTicks);
            await instance.ExecuteNonQueryAsync();

            for (var step = 0; step < 2 && i + step < taskCount; step++)
            {
                var status = step == 1 && open ? "Open" : random.Next(100) < 8 ? "Cancelled" : "Completed";
                var (role, scope) = PickRole(random);
                var taskCreated = created.AddHours(step * (1 + random.Next(72)));
                // A fifth of the open tasks are past due (up to two weeks), the rest due within three weeks.
                var due = status == "Open"
                    ? random.Next(100) < 20 ? now.AddMinutes(-1 - random.Next(14 * 24 * 60)) : now.AddMinutes(1 + random.Next(21 * 24 * 60))
                    : taskCreated.AddDays(3 + random.Next(12));
                var official = Official(role, scope, random);
                var claimed = status != "Open" || random.Next(100) < 33;
                var days = 2 + random.Next(10);
                SetValues(taskParameters,
                    Guid.CreateVersion7().ToString("N"), instanceId, definitionId, activities[(step + random.Next(activities.Length)) % activities.Length],
                    $"{trainee}的{caseName}（{days} 天）",
                    $"{trainee}，{scope ?? "玉溪市"}；{caseName}，自 {taskCreated.AddDays(7):yyyy-MM-dd} 起 {days} 天。请在期限内办理。",
                    role, scope, claimed ? official : null, status, random.Next(10) == 0 ? 1 : 0, taskCreated.UtcTicks, due.UtcTicks,
                    claimed ? taskCreated.AddHours(2).UtcTicks : null,
                    status == "Completed" ? (random.Next(10) == 0 ? "Reject" : "Approve") : null,
                    status == "Completed" ? official : null,
                    status == "Completed" ? taskCreated.AddHours(1 + random.Next(70)).UtcTicks : null);
                await task.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
        // As a database of this age would be: statistics for the planner.
        await using var analyse = connection.CreateCommand();
        analyse.CommandText = "ANALYZE";
        await analyse.ExecuteNonQueryAsync();
    }

    /// <summary>The demo official of the scope where there is one (so the signed-in user has claimed tasks), else one of five.</summary>
    private static string Official(string role, string? scope, Random random) => (role, scope) switch
    {
        ("CountyOrganization", County) => random.Next(3) == 0 ? CountyOfficial : $"eshan.user{random.Next(4)}",
        ("MunicipalOrganization", _) => random.Next(5) == 0 ? MunicipalOfficial : $"city.user{random.Next(8)}",
        _ => $"user{random.Next(5)}@{scope}",
    };

    private static (string Role, string? Scope) PickRole(Random random)
    {
        var roll = random.Next(1000);
        foreach (var (role, perMille, scopes) in Roles)
        {
            if (roll < perMille)
                return (role, scopes?[random.Next(scopes.Length)]);
            roll -= perMille;
        }

        throw new InvalidOperationException("the role shares do not add up to 1000 ‰");
    }

    private static SqliteParameter[] AddParameters(SqliteCommand command, params string[] names) =>
        [.. names.Select(name => command.Parameters.Add(new SqliteParameter(name, null)))];

    private static void SetValues(SqliteParameter[] parameters, params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
            parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
