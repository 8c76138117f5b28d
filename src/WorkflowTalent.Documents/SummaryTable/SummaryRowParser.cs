using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.SummaryTable;

/// <summary>Parses one data row of the 汇总表, adding an error per bad cell; returns null when the row has any.</summary>
internal static partial class SummaryRowParser
{
    public static SummaryTableRow? Parse(IXLRow row, IReadOnlyDictionary<SummaryColumn, HeaderCell> columns, List<ImportError> errors)
    {
        var before = errors.Count;
        var cells = new Cells(row, columns, errors);

        var name = cells.Text(SummaryColumn.Name);
        var gender = cells.Term(SummaryColumn.Gender, TermLabels.Genders);
        var ethnicity = cells.Text(SummaryColumn.Ethnicity);
        var birthMonth = cells.Month(SummaryColumn.BirthMonth);
        var education = cells.Education(SummaryColumn.Education);
        var title = cells.Text(SummaryColumn.ProfessionalTitle);
        var field = cells.Term(SummaryColumn.Field, TermLabels.Fields);
        var workUnit = cells.Text(SummaryColumn.WorkUnit);
        var township = cells.Text(SummaryColumn.Township);
        var remote = cells.YesNo(SummaryColumn.RemoteTownship);
        var partyMember = cells.YesNo(SummaryColumn.PartyMember);
        var receivingUnit = cells.Text(SummaryColumn.RequestedReceivingUnit);
        var remarks = cells.Text(SummaryColumn.Remarks);

        // A missing required column is reported once for the header; its rows still have their other cells checked.
        if (errors.Count > before || SummaryTableLayout.Columns.Any(c => c.Required && !columns.ContainsKey(c.Column)))
        {
            return null;
        }

        return new SummaryTableRow
        {
            Name = name!,
            Gender = gender!.Value,
            Ethnicity = ethnicity!,
            BirthMonth = birthMonth!.Value,
            Education = education!.Value,
            ProfessionalTitle = title,
            Field = field!.Value,
            WorkUnit = workUnit!,
            Township = township!,
            RemoteTownship = remote!.Value,
            PartyMember = partyMember!.Value,
            RequestedReceivingUnit = receivingUnit!,
            Remarks = remarks,
        };
    }

    // 1985-03, 1985-3, 1985.03, 1985/03 and 1985年3月, the ways 出生年月 is written on Chinese forms.
    [GeneratedRegex(@"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?$")]
    private static partial Regex MonthPattern();

    /// <summary>Reads the cells of one row; each accessor returns null and records an error when the cell is not valid.</summary>
    private sealed class Cells(IXLRow row, IReadOnlyDictionary<SummaryColumn, HeaderCell> columns, List<ImportError> errors)
    {
        private readonly int rowNumber = row.RowNumber();

        public string? Text(SummaryColumn column)
        {
            if (!columns.TryGetValue(column, out var header))
            {
                return null;
            }

            var text = row.Cell(header.Index).GetString().Trim();
            if (text.Length > 0)
            {
                return text;
            }

            if (SummaryTableLayout.Columns.Single(c => c.Column == column).Required)
            {
                errors.Add(ImportMessages.Required(rowNumber, header.Text, SummaryTableLayout.Header(column)));
            }

            return null;
        }

        public T? Term<T>(SummaryColumn column, IReadOnlyDictionary<T, Text> labels)
            where T : struct, Enum =>
            Parsed<T>(column, text => TermLabels.TryParse(labels, text, out var term) ? term : null,
                (header, text) => ImportMessages.NotOneOf(rowNumber, header.Text, SummaryTableLayout.Header(column), text, labels));

        public EducationLevel? Education(SummaryColumn column) =>
            Parsed<EducationLevel>(column, text => TermLabels.TryParseEducation(text, out var level) ? level : null,
                (header, text) => ImportMessages.NotOneOf(rowNumber, header.Text, SummaryTableLayout.Header(column), text, TermLabels.EducationLevels));

        public bool? YesNo(SummaryColumn column) =>
            Parsed<bool>(column, text => TermLabels.TryParseYesNo(text, out var value) ? value : null,
                (header, text) => ImportMessages.NotYesNo(rowNumber, header.Text, SummaryTableLayout.Header(column), text));

        public DateOnly? Month(SummaryColumn column)
        {
            // A cell Excel itself turned into a date (someone typed 1985-03 into a general cell) is a valid month too.
            if (columns.TryGetValue(column, out var header) && row.Cell(header.Index).DataType == XLDataType.DateTime)
            {
                var date = row.Cell(header.Index).GetDateTime();
                return new DateOnly(date.Year, date.Month, 1);
            }

            return Parsed(column, ParseMonth,
                (h, text) => ImportMessages.InvalidDate(rowNumber, h.Text, SummaryTableLayout.Header(column), text));
        }

        private static DateOnly? ParseMonth(string text)
        {
            var match = MonthPattern().Match(text);
            if (!match.Success)
            {
                return null;
            }

            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            return year is >= 1900 and <= 2100 && month is >= 1 and <= 12 ? new DateOnly(year, month, 1) : null;
        }

        private T? Parsed<T>(SummaryColumn column, Func<string, T?> parse, Func<HeaderCell, string, ImportError> invalid)
            where T : struct
        {
            var text = Text(column);
            if (text is null)
            {
                return null;
            }

            var value = parse(text);
            if (value is null)
            {
                errors.Add(invalid(columns[column], text));
            }

            return value;
        }
    }
}
