using PeerPractice.Collections;
using PeerPractice.Json;

namespace PeerPractice.Matching;

/// <summary>
/// Every problem a topic catalog file can have, as <see cref="Problem"/>s with stable <c>PPT0xx</c>
/// ids documented in <c>docs/templates.md</c>. Ids are never reused.
/// </summary>
public static class TopicCatalogProblems
{
    /// <summary>PPT001: the text is not valid JSON (also an empty file or nesting deeper than 64 levels).</summary>
    public static ProblemDescriptor InvalidJson { get; } = Entry("PPT001", "Invalid JSON", "The text is not valid JSON (RFC 8259). The message names what was expected at the location; fix the text there.");

    /// <summary>PPT002: a value of the wrong shape or type.</summary>
    public static ProblemDescriptor WrongType { get; } = Entry("PPT002", "Wrong type", "The root is not an object, \"topics\" or \"questions\" not an array, a topic not an object, or a value not a string. Write the shape the message names.");

    /// <summary>PPT003: a property the format does not define.</summary>
    public static ProblemDescriptor UnknownProperty { get; } = Entry("PPT003", "Unknown property", "The property is not part of the catalog format, so it would be ignored. Fix its spelling or delete it.");

    /// <summary>PPT004: a missing or empty <c>topics</c>, <c>id</c>, <c>title</c> or <c>questions</c>, or an empty question.</summary>
    public static ProblemDescriptor Missing { get; } = Entry("PPT004", "Missing or empty", "A required property is missing or empty. Add it.");

    /// <summary>PPT005: a topic id that is not kebab-case.</summary>
    public static ProblemDescriptor InvalidId { get; } = Entry("PPT005", "Id not kebab-case", "Topic ids are kebab-case: lower-case letters and digits joined by single hyphens.");

    /// <summary>PPT006: the same topic id twice.</summary>
    public static ProblemDescriptor DuplicateId { get; } = Entry("PPT006", "Duplicate id", "Topic ids are unique within a catalog. Rename one of them.");

    /// <summary>PPT007: an origin other than visit, breakfast, general or custom.</summary>
    public static ProblemDescriptor UnknownOrigin { get; } = Entry("PPT007", "Unknown origin", "\"origin\" is visit, breakfast, general or custom.");

    /// <summary>PPT008: an object has the same property twice.</summary>
    public static ProblemDescriptor DuplicateProperty { get; } = Entry("PPT008", "Duplicate property", "An object has the same property name twice, so one value would be silently lost. Keep one and delete the other.");

    /// <summary>PPT009: a comment; catalog files are strict JSON.</summary>
    public static ProblemDescriptor CommentNotAllowed { get; } = Entry("PPT009", "Comment not allowed", "Catalog files are strict JSON, which has no comments. Delete the comment; describe a topic in its \"summary\".");

    /// <summary>PPT010: a comma after the last member or element.</summary>
    public static ProblemDescriptor TrailingComma { get; } = Entry("PPT010", "Trailing comma", "Catalog files are strict JSON, which has no comma after the last member of an object or element of an array. Delete the comma.");

    /// <summary>PPT011: more topics than a member's concern and strength masks can hold.</summary>
    public static ProblemDescriptor TooManyTopics { get; } = Entry("PPT011", "Too many topics", "A catalog holds at most 64 topics (one bit each in a member's concerns and strengths). Split or merge topics.");

    /// <summary>Every entry, in id order.</summary>
    public static ValueArray<ProblemDescriptor> All { get; } = ValueArray.Create(
        InvalidJson, WrongType, UnknownProperty, Missing, InvalidId, DuplicateId, UnknownOrigin, DuplicateProperty, CommentNotAllowed, TrailingComma, TooManyTopics);

    /// <summary>The ids and advice the shared JSON reader reports for catalog files.</summary>
    internal static JsonSyntaxProblems Syntax { get; } = new(
        "Topic catalog",
        InvalidJson,
        InvalidJson,
        DuplicateProperty,
        CommentNotAllowed,
        TrailingComma,
        InvalidJson,
        "Write a catalog object: { \"topics\": [ { \"id\": ..., \"title\": ..., \"questions\": [...] } ] }.",
        "describe a topic in its \"summary\".");

    private static ProblemDescriptor Entry(string id, string title, string description) =>
        new(id, title, ProblemSeverity.Error, description, "docs/templates.md");
}
