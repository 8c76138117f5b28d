namespace WorkflowTalent.Documents.ReferenceData;

/// <summary>
/// Either the whole workbook, or every error and no data: an import never takes half of it. The rows the counties and
/// receiving units came from let a caller that checks them further (against the database) name the cell too.
/// </summary>
public sealed record ReferenceDataImportResult
{
    private readonly IReadOnlyDictionary<ReferenceCounty, int> countyRows;
    private readonly IReadOnlyDictionary<ReferenceReceivingUnit, int> unitRows;

    private ReferenceDataImportResult(
        ReferenceDataSet? data, IReadOnlyList<ReferenceDataError> errors,
        IReadOnlyDictionary<ReferenceCounty, int> countyRows, IReadOnlyDictionary<ReferenceReceivingUnit, int> unitRows)
    {
        Data = data;
        Errors = errors;
        this.countyRows = countyRows;
        this.unitRows = unitRows;
    }

    /// <summary>Null exactly when there are errors.</summary>
    public ReferenceDataSet? Data { get; }

    public IReadOnlyList<ReferenceDataError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    /// <summary>The Excel row of the 县区 sheet the county was read from.</summary>
    public int RowOf(ReferenceCounty county) => countyRows[county];

    /// <summary>The Excel row of the 接收单位 sheet the unit was read from.</summary>
    public int RowOf(ReferenceReceivingUnit unit) => unitRows[unit];

    internal static ReferenceDataImportResult Failed(IReadOnlyList<ReferenceDataError> errors) =>
        new(null, errors, new Dictionary<ReferenceCounty, int>(), new Dictionary<ReferenceReceivingUnit, int>());

    internal static ReferenceDataImportResult Of(
        ReferenceDataSet data, IReadOnlyDictionary<ReferenceCounty, int> countyRows, IReadOnlyDictionary<ReferenceReceivingUnit, int> unitRows) =>
        new(data, [], countyRows, unitRows);
}
