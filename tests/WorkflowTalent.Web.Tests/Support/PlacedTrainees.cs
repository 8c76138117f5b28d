using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowTalent.Web.Tests.Support;

/// <summary>
/// A trainee's application carried to Placed through the API, as the plan's officials would: the year's batch opened
/// and recruiting (R3.4, R6.1), 峨山 registering the candidate, and selection worked task by task (R6.1–R6.4).
/// </summary>
public static class PlacedTrainees
{
    public const string Hospital = "玉溪市人民医院";

    /// <summary>Places <paramref name="traineeName"/> (user <paramref name="userName"/>, e-mail <paramref name="email"/>) in <paramref name="year"/>; answers the application id.</summary>
    public static async Task<string> PlaceAsync(ServiceProcess service, int year, string traineeName, string userName = "trainee.li", string email = "trainee.li@yuxi.example")
    {
        ArgumentNullException.ThrowIfNull(service);
        using (var city = await service.ApiAsAsync("city.org"))
        {
            await OkAsync(await city.PostAsJsonAsync("/api/plan/batches", new { year }), "open the batch");
            await OkAsync(await city.PostAsync($"/api/plan/batches/{year}/allocations", null), "allocate places");
            await OkAsync(await city.PostAsJsonAsync($"/api/plan/batches/{year}/state", new { state = "Recruiting" }), "start recruiting");
        }

        string id;
        using (var county = await service.ApiAsAsync("eshan.org"))
        {
            var registered = await county.PostAsJsonAsync($"/api/plan/batches/{year}/applications", Candidate(year, traineeName, userName, email));
            await OkAsync(registered, "register");
            id = (await registered.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        }

        (string Activity, string User, string Outcome, object Data)[] steps =
        [
            ("recommend", "eshan.hospital", "Recommend", new { conduct = true, backbone = true, potential = true, health = true, comment = "同意推荐" }),
            // The two file fields name files uploaded to the case first (a form's file field holds a file of its own case).
            ("countyReview", "eshan.org", "Recommend", new { applicationForm = "申请表.pdf", summaryTable = "汇总表.xlsx", comment = "同意推荐" }),
            ("municipalReview", "city.org", "Pass", new { comment = "资格符合" }),
            ("placement", "health.dept", "Place", new { receivingUnit = Hospital, receivingUnitEmail = "rsk@yxrmyy.example.cn", unitDepartment = "急诊科", mentor = "陈建国", researchTopic = "县域急危重症救治" }),
            ("finalApproval", "city.org", "Approve", new { comment = "同意" }),
        ];
        foreach (var (activity, user, outcome, data) in steps)
        {
            using var official = await service.ApiAsAsync(user);
            var inbox = await official.GetFromJsonAsync<JsonObject>($"/api/tasks?activityId={activity}&search={Uri.EscapeDataString(traineeName)}");
            var task = inbox!["items"]!.AsArray().Single()!;
            var values = JsonSerializer.SerializeToNode(data)!.AsObject();
            if (activity == "countyReview")
            {
                foreach (var field in new[] { "applicationForm", "summaryTable" })
                    values[field] = await UploadAsync(official, task["instanceId"]!.GetValue<string>(), values[field]!.GetValue<string>());
            }
            await OkAsync(await official.PostAsJsonAsync($"/api/tasks/{task["id"]!.GetValue<string>()}/complete", new { outcome, data = values }), $"{activity} by {user}");
        }

        return id;
    }

    private static JsonObject Candidate(int year, string name, string userName, string email) => new()
    {
        ["traineeName"] = name,
        ["traineeUserName"] = userName,
        ["traineeEmail"] = email,
        ["gender"] = "男",
        ["birthDate"] = string.Create(CultureInfo.InvariantCulture, $"{year - 30}-05-12"),
        ["education"] = "本科",
        ["title"] = "主治医师",
        ["field"] = "health",
        ["county"] = LeaveCases.Eshan,
        ["township"] = "双江街道",
        ["originalUnit"] = "峨山彝族自治县人民医院",
        ["ethnicity"] = "彝族",
        ["partyMember"] = true,
        ["requestedReceivingUnit"] = Hospital,
    };

    private static async Task<string> UploadAsync(HttpClient official, string instanceId, string fileName)
    {
        using var form = new MultipartFormDataContent();
        using var bytes = new ByteArrayContent("%PDF-1.4 test"u8.ToArray());
        form.Add(bytes, "file", fileName);
        var uploaded = await official.PostAsync($"/api/instances/{instanceId}/files", form);
        await OkAsync(uploaded, $"upload {fileName}");
        return (await uploaded.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    private static async Task OkAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
