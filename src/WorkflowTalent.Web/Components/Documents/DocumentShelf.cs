using WorkflowTalent.Web.Api;

namespace WorkflowTalent.Web.Components.Documents;

/// <summary>
/// Which downloads the documents page offers a user: the ones the API would hand them (Access.DocumentAccess on the
/// service). The page only leaves out links that would answer 404; the API still decides every download.
/// </summary>
public sealed record DocumentShelf(bool FinalList, bool FundingLedger, IReadOnlyList<string> Counties, bool ReferenceWorkbook)
{
    /// <summary>R11.1: the Finance Bureau, as a competent department, keeps the funding ledger.</summary>
    public const string FinanceBureau = "市财政局";

    public static DocumentShelf None { get; } = new(false, false, [], false);

    public bool IsEmpty => !FinalList && !FundingLedger && Counties.Count == 0 && !ReferenceWorkbook;

    /// <summary>Trainees read no plan data (the plan API refuses them); their own forms come with their cases.</summary>
    public static bool ReadsPlan(Me me)
    {
        ArgumentNullException.ThrowIfNull(me);
        return me.Roles.Any(r => r != "Trainee");
    }

    public static DocumentShelf For(Me me, IReadOnlyList<string> allCounties)
    {
        ArgumentNullException.ThrowIfNull(me);
        ArgumentNullException.ThrowIfNull(allCounties);
        bool Is(string role) => me.Roles.Contains(role, StringComparer.Ordinal);
        var city = Is(ServiceRoles.Administrator) || Is("MunicipalOrganization");
        var county = Is("CountyOrganization") && me.Scope is not null;
        var receivingUnit = (Is("ReceivingUnit") || Is("ReceivingUnitHr")) && me.Scope is not null;
        var department = Is("CompetentDepartment");
        return new DocumentShelf(
            // R6.4: the city all of it; a county, a receiving unit, a field's department their own lines.
            FinalList: city || county || receivingUnit || department,
            // R11.1: the city, administrators and the finance bureau; a receiving unit the lines paid to it.
            FundingLedger: city || receivingUnit || (department && me.Scope == FinanceBureau),
            // R6.1: a county's summary table for its own Organisation Department and the city.
            Counties: city ? allCounties : county ? [me.Scope!] : [],
            // The reference workbook is read by every official (quotas and units are public within the plan, R3.4).
            ReferenceWorkbook: ReadsPlan(me));
    }
}
