using System.Xml;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;

namespace WorkflowTalent.Documents.Layout;

/// <summary>Opens an uploaded file as a workbook for the imports, telling an empty file and a non-workbook apart.</summary>
internal static class WorkbookFile
{
    public enum Outcome
    {
        Opened,
        Empty,
        NotAWorkbook,
    }

    public static (Outcome Outcome, XLWorkbook? Workbook) Open(Stream xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        var buffer = new MemoryStream();
        xlsx.CopyTo(buffer);
        if (buffer.Length == 0)
        {
            return (Outcome.Empty, null);
        }

        // ClosedXML fails with a NullReferenceException on a zip that is not a workbook; the Open XML SDK says so plainly.
        if (!IsWorkbook(buffer))
        {
            return (Outcome.NotAWorkbook, null);
        }

        buffer.Position = 0;
        try
        {
            return (Outcome.Opened, new XLWorkbook(buffer));
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return (Outcome.NotAWorkbook, null);
        }
    }

    private static bool IsWorkbook(MemoryStream buffer)
    {
        try
        {
            buffer.Position = 0;
            using var document = SpreadsheetDocument.Open(buffer, isEditable: false);
            return document.WorkbookPart?.Workbook?.Sheets?.HasChildren == true;
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return false;
        }
    }

    private static bool IsUnreadable(Exception e) =>
        e is FileFormatException or InvalidDataException or OpenXmlPackageException or XmlException;
}
