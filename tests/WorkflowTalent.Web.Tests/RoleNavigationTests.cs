using Microsoft.Playwright;
using WorkflowTalent.Web.Tests.Support;

namespace WorkflowTalent.Web.Tests;

/// <summary>Every role of R2.1 signs in through the form and gets its own name, scope and navigation.</summary>
public sealed class RoleNavigationTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static readonly string[] AllLinks =
        ["nav-my", "nav-inbox", "nav-absence", "nav-documents", "nav-definitions", "nav-cases", "nav-users", "nav-quotas", "nav-outbox", "nav-hangfire"];

    private static readonly string[] OfficialLinks = ["nav-inbox", "nav-absence", "nav-documents"];

    public static TheoryData<string, string, string[]> Roles => new()
    {
        { "admin", "系统管理员", ["nav-inbox", "nav-documents", "nav-definitions", "nav-cases", "nav-users", "nav-quotas", "nav-outbox", "nav-hangfire"] },
        { "city.org", "市委组织部", OfficialLinks },
        { "eshan.org", "县（市、区）委组织部 · 峨山彝族自治县", OfficialLinks },
        { "health.dept", "行业主管部门 · 市卫生健康委", OfficialLinks },
        { "hospital.unit", "接收单位 · 玉溪市人民医院", OfficialLinks },
        { "hospital.hr", "接收单位人事部门 · 玉溪市人民医院", OfficialLinks },
        { "eshan.hospital", "原工作单位 · 峨山彝族自治县人民医院", OfficialLinks },
        { "trainee.li", "研修人员", ["nav-my", "nav-inbox"] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task SignIn_ShowsRoleScopeAndOnlyItsNavigation_ForEachRole_R2_1(string userName, string roleAndScope, string[] links)
    {
        var page = await web.SignedInAsync(userName);

        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync(roleAndScope);
        foreach (var link in AllLinks)
            await Assertions.Expect(page.GetByTestId(link)).ToHaveCountAsync(links.Contains(link) ? 1 : 0);
    }
}
