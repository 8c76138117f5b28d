using Npgsql;
using NpgsqlTypes;
using WorkflowTalent.Plan.ReferenceData;

namespace WorkflowTalent.Benchmarks.Service;

/// <summary>
/// Fills the inbox ("Tasks", as the EF migrations create it) with a realistic history by binary COPY: the 9 counties
/// of Yuxi, 40 receiving units, 8 competent departments; most tasks completed, about 10 % open (due from two weeks
/// ago to a month ahead), 3 % cancelled; 40 % claimed by one of 5 officials of their scope, 1 % delegated.
/// </summary>
internal static class InboxSeeder
{
    public const string County = "峨山彝族自治县";
    public const string CountyOfficial = "eshan.zzb.wang";

    public static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    // The nine counties of the plan's reference data (YuxiReferenceData), in its order.
    public static readonly string[] Counties = [.. YuxiReferenceData.Counties.Select(c => c.Name)];

    private static readonly string[] Units = [.. Enumerable.Range(1, 40).Select(i => $"玉溪市第{i}接收单位")];
    private static readonly string[] Departments = ["市卫生健康委", "市教育体育局", "市农业农村局", "市科技局", "市工业和信息化局", "市文化和旅游局", "市林业和草原局", "市水利局"];

    // Role, share of all tasks (‰), the scopes it is spread over (null: city-wide).
    private static readonly (string Role, int PerMille, string[]? Scopes)[] Roles =
    [
        ("CountyOrganization", 300, Counties),
        ("ReceivingUnit", 200, Units),
        ("ReceivingUnitHr", 200, Units),
        ("CompetentDepartment", 100, Departments),
        ("OriginalUnit", 100, Units),
        ("MunicipalOrganization", 100, null),
    ];

    private const string Columns =
        "\"Id\", \"InstanceId\", \"DefinitionId\", \"ActivityId\", \"Title\", \"Description\", \"Role\", \"Scope\", \"Assignee\", \"Owner\", " +
        "\"Delegation\", \"Status\", \"Priority\", \"CreatedAt\", \"Due\", \"IsOverdue\", \"OutcomesJson\", \"Outcome\", \"CompletedBy\", \"CompletedAt\"";

    public static async Task SeedAsync(string connectionString, int count)
    {
        var random = new Random(4);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY \"Tasks\" ({Columns}) FROM STDIN (FORMAT BINARY)"))
        {
            var instanceId = "";
            for (var i = 0; i < count; i++)
            {
                if (i % 2 == 0)
                    instanceId = Guid.CreateVersion7().ToString("N");
                var (role, scope) = PickRole(random);
                var roll = random.Next(1000);
                var status = roll < 100 ? "Open" : roll < 130 ? "Cancelled" : "Completed";
                var created = status == "Open"
                    ? Now.AddMinutes(-random.Next(17 * 24 * 60))
                    : Now.AddMinutes(-random.Next(3 * 365 * 24 * 60));
                var due = created.AddDays(3 + random.Next(0, 15));
                var official = scope == County && role == "CountyOrganization" ? CountyOfficial : $"user{random.Next(5)}@{scope ?? "city"}";
                var assignee = random.Next(100) < 40 ? official : null;
                var owner = random.Next(100) < 1 ? $"owner.user{random.Next(50)}" : null;
                var days = 2 + random.Next(10);

                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.CreateVersion7().ToString("N"), NpgsqlDbType.Varchar);
                await writer.WriteAsync(instanceId, NpgsqlDbType.Varchar);
                await writer.WriteAsync("talent-leave", NpgsqlDbType.Varchar);
                await writer.WriteAsync(role == "CountyOrganization" ? "county" : "unitHr", NpgsqlDbType.Varchar);
                await writer.WriteAsync($"研修人员{i % 5000}的请假申请（{days} 天）", NpgsqlDbType.Varchar);
                await writer.WriteAsync($"请假 {days} 天，自 {created.AddDays(7):yyyy-MM-dd} 起；事由：家中老人住院需陪护。请在期限内审批。", NpgsqlDbType.Varchar);
                await writer.WriteAsync(role, NpgsqlDbType.Varchar);
                await WriteOrNull(writer, scope);
                await WriteOrNull(writer, assignee);
                await WriteOrNull(writer, owner);
                await writer.WriteAsync(owner is null ? "None" : "Resolved", NpgsqlDbType.Varchar);
                await writer.WriteAsync(status, NpgsqlDbType.Varchar);
                await writer.WriteAsync(random.Next(10) == 0 ? 1 : 0, NpgsqlDbType.Integer);
                await writer.WriteAsync(created.UtcDateTime, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(due.UtcDateTime, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(status == "Open" && due < Now, NpgsqlDbType.Boolean);
                await writer.WriteAsync("[\"Approve\",\"Reject\"]", NpgsqlDbType.Varchar);
                await WriteOrNull(writer, status == "Completed" ? (random.Next(10) == 0 ? "Reject" : "Approve") : null);
                await WriteOrNull(writer, status == "Completed" ? official : null);
                if (status == "Completed")
                    await writer.WriteAsync(created.AddHours(1 + random.Next(70)).UtcDateTime, NpgsqlDbType.TimestampTz);
                else
                    await writer.WriteNullAsync();
            }

            await writer.CompleteAsync();
        }

        // A table of this age has been vacuumed and analysed by autovacuum; a freshly copied one has not.
        await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE \"Tasks\"", connection) { CommandTimeout = 600 };
        await vacuum.ExecuteNonQueryAsync();
    }

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

    private static Task WriteOrNull(NpgsqlBinaryImporter writer, string? value) =>
        value is null ? writer.WriteNullAsync() : writer.WriteAsync(value, NpgsqlDbType.Varchar);
}
