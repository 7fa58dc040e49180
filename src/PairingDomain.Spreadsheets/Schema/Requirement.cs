namespace PairingDomain.Spreadsheets.Schema;

/// <summary>Whether a cell of a case workbook must be filled (the template's 说明 sheet says 必填, 选填 or 视情况).</summary>
internal enum Requirement
{
    /// <summary>Always filled (必填).</summary>
    Required = 1,

    /// <summary>May be left blank (选填); blank means what <c>null</c> or an absent member means in the JSON contract.</summary>
    Optional,

    /// <summary>Required in some rows only (视情况); the column's meaning says when.</summary>
    Conditional,
}
