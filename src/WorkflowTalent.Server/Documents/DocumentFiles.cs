using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowTalent.Documents.Layout;

namespace WorkflowTalent.Server.Documents;

/// <summary>
/// The downloads and their Chinese file names; ASP.NET Core writes a non-ASCII name as RFC 5987 <c>filename*</c>
/// beside an ASCII fallback.
/// </summary>
internal static class DocumentFiles
{
    public static FileContentHttpResult XlsxFile(byte[] content, string fileName) =>
        TypedResults.File(content, Xlsx.ContentType, fileName);

    /// <summary>R6.1</summary>
    public static string SummaryTable(string county, int year) => Invariant($"{county}{year}年基层人才对口培养计划人选汇总表.xlsx");

    /// <summary>R6.1</summary>
    public static string ApplicationForm(string name) => Invariant($"{name}-基层人才对口培养计划申请表.xlsx");

    /// <summary>R6.4</summary>
    public static string FinalList(int year) => Invariant($"{year}年基层人才对口培养计划研修人员最终名单.xlsx");

    /// <summary>R14.1</summary>
    public static string AssessmentForm(string name) => Invariant($"{name}-研修人员考核登记表.xlsx");

    /// <summary>R11.1</summary>
    public static string FundingLedger(int year) => Invariant($"{year}年基层人才对口培养计划经费台账.xlsx");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
