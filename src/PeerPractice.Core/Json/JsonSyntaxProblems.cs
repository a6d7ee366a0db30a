namespace PeerPractice.Json;

/// <summary>
/// Which catalog entries one kind of data file reports for the problems of reading its text, and
/// the advice that names the kind. The reader's policy is the same for every kind (strict JSON:
/// comments, trailing commas and duplicate property names are located errors); only the ids differ,
/// so that each file kind keeps its own stable, documented id series.
/// </summary>
internal sealed class JsonSyntaxProblems
{
    public JsonSyntaxProblems(
        string kind,
        ProblemDescriptor invalidJson,
        ProblemDescriptor nestingTooDeep,
        ProblemDescriptor duplicateProperty,
        ProblemDescriptor commentNotAllowed,
        ProblemDescriptor trailingComma,
        ProblemDescriptor emptyDocument,
        string emptyAdvice,
        string commentAdvice)
    {
        Kind = kind;
        InvalidJson = invalidJson;
        NestingTooDeep = nestingTooDeep;
        DuplicateProperty = duplicateProperty;
        CommentNotAllowed = commentNotAllowed;
        TrailingComma = trailingComma;
        EmptyDocument = emptyDocument;
        EmptyAdvice = emptyAdvice;
        CommentAdvice = commentAdvice;
    }

    /// <summary>What the files are called in messages, capitalized: "Agenda", "Topic catalog".</summary>
    public string Kind { get; }

    /// <summary>Any syntax error that stops reading.</summary>
    public ProblemDescriptor InvalidJson { get; }

    /// <summary>Arrays and objects nested deeper than the reader accepts.</summary>
    public ProblemDescriptor NestingTooDeep { get; }

    /// <summary>The same property name twice in one object.</summary>
    public ProblemDescriptor DuplicateProperty { get; }

    /// <summary>A <c>//</c> or <c>/* */</c> comment.</summary>
    public ProblemDescriptor CommentNotAllowed { get; }

    /// <summary>A comma after the last member or element.</summary>
    public ProblemDescriptor TrailingComma { get; }

    /// <summary>No JSON at all.</summary>
    public ProblemDescriptor EmptyDocument { get; }

    /// <summary>What to write in an empty file, such as "Write an agenda object: ...".</summary>
    public string EmptyAdvice { get; }

    /// <summary>Where notes go instead of comments.</summary>
    public string CommentAdvice { get; }
}
