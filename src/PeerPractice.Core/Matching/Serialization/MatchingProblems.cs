using PeerPractice.Collections;
using PeerPractice.Json;

namespace PeerPractice.Matching;

/// <summary>
/// Every problem a profiles or policy file can have, as <see cref="Problem"/>s with stable
/// <c>PPM0xx</c> ids documented in <c>docs/matching.md</c>. Ids are never reused (<c>PPM009</c> is unassigned).
/// </summary>
public static class MatchingProblems
{
    /// <summary>PPM001: the text is not valid JSON, or a value has the wrong type (such as an unknown enum name).</summary>
    public static ProblemDescriptor InvalidJson { get; } = Entry("PPM001", "Invalid JSON or wrong type", "The text is not valid JSON, or a value (of a JSON property or a CSV column) has the wrong type or is not one of the names allowed. The message names what was expected at the location.");

    /// <summary>PPM002: a member without an id (or a null member record).</summary>
    public static ProblemDescriptor MissingId { get; } = Entry("PPM002", "Missing id", "Every member needs a unique \"id\".");

    /// <summary>PPM003: two members with one id.</summary>
    public static ProblemDescriptor DuplicateId { get; } = Entry("PPM003", "Duplicate id", "Member ids are unique; the message names the first member with the id. Rename one of them.");

    /// <summary>PPM004: a member without an organization.</summary>
    public static ProblemDescriptor MissingOrganization { get; } = Entry("PPM004", "Missing organization", "Every member needs an \"organization\"; it is needed to never pair colleagues.");

    /// <summary>PPM005: a topic id the topic catalog does not know.</summary>
    public static ProblemDescriptor UnknownTopic { get; } = Entry("PPM005", "Unknown topic", "Concerns and strengths are topic ids of the topic catalog; the message lists them.");

    /// <summary>PPM006: a member lists themselves in doNotPair.</summary>
    public static ProblemDescriptor SelfExclusion { get; } = Entry("PPM006", "Self-exclusion", "A member cannot exclude themselves; remove their own id from \"doNotPair\".");

    /// <summary>PPM007: available hours that are not a range within 0..24.</summary>
    public static ProblemDescriptor BadHours { get; } = Entry("PPM007", "Bad available hours", "\"availableFromHour\" is 0..23, \"availableToHour\" 1..24 and after it.");

    /// <summary>PPM008: a member who accepts no meeting format.</summary>
    public static ProblemDescriptor NoMeetingFormat { get; } = Entry("PPM008", "No meeting format", "\"formats\" is InPerson, Virtual or both (Any).");

    /// <summary>PPM010: a policy value out of range (negative, weight above 10000, excluded pair not two ids).</summary>
    public static ProblemDescriptor BadPolicyValue { get; } = Entry("PPM010", "Bad policy value", "Weights and caps are integers from 0 to 10000, counts are not negative, and an excluded pair lists exactly two member ids.");

    /// <summary>PPM011: a rule that may never relax listed in relaxationOrder.</summary>
    public static ProblemDescriptor RuleMayNotRelax { get; } = Entry("PPM011", "Rule may not relax", "Same organization, private exclusions, language and availability never relax; remove them from \"relaxationOrder\".");

    /// <summary>PPM012: an object has the same property twice.</summary>
    public static ProblemDescriptor DuplicateProperty { get; } = Entry("PPM012", "Duplicate property", "An object has the same property name twice, so one value would be silently lost. Keep one and delete the other.");

    /// <summary>PPM013: a comment; profiles and policy files are strict JSON.</summary>
    public static ProblemDescriptor CommentNotAllowed { get; } = Entry("PPM013", "Comment not allowed", "Profiles and policy files are strict JSON, which has no comments. Delete the comment.");

    /// <summary>PPM014: a comma after the last member or element.</summary>
    public static ProblemDescriptor TrailingComma { get; } = Entry("PPM014", "Trailing comma", "Profiles and policy files are strict JSON, which has no comma after the last member of an object or element of an array. Delete the comma.");

    /// <summary>PPM015: a property the format does not define (often a typo).</summary>
    public static ProblemDescriptor UnknownProperty { get; } = Entry("PPM015", "Unknown property", "The property is not part of the format, so it would be ignored. Fix its spelling or delete it.");

    /// <summary>PPM016: a profiles CSV file that is not well-formed CSV (empty, a quote left open, a row with the wrong number of fields).</summary>
    public static ProblemDescriptor InvalidCsv { get; } = Entry("PPM016", "Malformed CSV", "A profiles CSV file has one header row, then one member a row with one field per column; a field holding a comma, quote or line break is quoted (\"...\") with quotes inside doubled (\"\"). The message says what is wrong at the location.");

    /// <summary>Every entry, in id order.</summary>
    public static ValueArray<ProblemDescriptor> All { get; } = ValueArray.Create(
        InvalidJson, MissingId, DuplicateId, MissingOrganization, UnknownTopic, SelfExclusion, BadHours, NoMeetingFormat,
        BadPolicyValue, RuleMayNotRelax, DuplicateProperty, CommentNotAllowed, TrailingComma, UnknownProperty, InvalidCsv);

    /// <summary>The ids and advice the shared JSON reader reports for profiles files.</summary>
    internal static JsonSyntaxProblems ProfilesSyntax { get; } = Syntax("Profiles", "Write a profiles object: { \"members\": [ { \"id\": ..., \"organization\": ... } ] }.");

    /// <summary>The ids and advice the shared JSON reader reports for policy files.</summary>
    internal static JsonSyntaxProblems PolicySyntax { get; } = Syntax("Policy", "Write a policy object, such as { \"coolDownDays\": 90 }; {} keeps every default.");

    private static JsonSyntaxProblems Syntax(string kind, string emptyAdvice) => new(
        kind,
        InvalidJson,
        InvalidJson,
        DuplicateProperty,
        CommentNotAllowed,
        TrailingComma,
        InvalidJson,
        emptyAdvice,
        "keep notes next to the file, not in it.");

    private static ProblemDescriptor Entry(string id, string title, string description) =>
        new(id, title, ProblemSeverity.Error, description, "docs/matching.md");
}
