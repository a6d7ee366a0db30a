using System.Globalization;

namespace PeerPractice.Matching;

/// <summary>
/// One problem in a profiles or policy file, located: the record (index and id, when known), the
/// JSON path, and the line and column when the JSON reader could tell them (syntax and type errors).
/// </summary>
/// <param name="Code">Stable id: <c>PPM001</c> malformed JSON, <c>PPM002</c> missing id, <c>PPM003</c> duplicate id,
/// <c>PPM004</c> missing organization, <c>PPM005</c> unknown topic, <c>PPM006</c> self-exclusion, <c>PPM007</c> bad hours,
/// <c>PPM008</c> no meeting format, <c>PPM010</c> bad policy value, <c>PPM011</c> rule that may not relax.</param>
/// <param name="Message">What is wrong and what to do.</param>
/// <param name="JsonPath">Where, such as <c>$.members[3].concerns[1]</c>.</param>
/// <param name="RecordIndex">The member record's index, when the problem is in one.</param>
/// <param name="MemberId">The member record's id, when it has one.</param>
/// <param name="Line">1-based line, when known.</param>
/// <param name="Column">1-based column (bytes in the line), when known.</param>
public sealed record LoadProblem(string Code, string Message, string JsonPath, int? RecordIndex = null, string? MemberId = null, long? Line = null, long? Column = null)
{
    /// <inheritdoc/>
    public override string ToString()
    {
        var where = Line is { } l ? string.Create(CultureInfo.InvariantCulture, $"({l},{Column}) ") : string.Empty;
        var record = RecordIndex is { } i ? string.Create(CultureInfo.InvariantCulture, $" [member #{i}{(MemberId is null ? "" : $" '{MemberId}'")}]") : string.Empty;
        return $"{where}{Code} {JsonPath}{record}: {Message}";
    }
}
