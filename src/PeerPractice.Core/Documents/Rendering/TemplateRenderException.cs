using System;

namespace PeerPractice.Documents;

/// <summary>
/// A template could not be parsed or rendered: a syntax error, a limit reached, an unknown
/// variable, a deadline passed. <see cref="Problem"/> says which template, where and why.
/// </summary>
public sealed class TemplateRenderException : Exception
{
    /// <summary>Creates the exception for <paramref name="problem"/>.</summary>
    /// <param name="problem">Which template, where and why.</param>
    /// <param name="innerException">The Scriban or runtime exception behind it, if any.</param>
    public TemplateRenderException(Problem problem, Exception? innerException = null)
        : base(problem?.ToString(), innerException)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only (for serializers and tests).</summary>
    public TemplateRenderException()
        : this(TemplateProblems.RenderFailed.At("Template error.", null, null, SourceSpan.Start))
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">What went wrong.</param>
    public TemplateRenderException(string message)
        : this(TemplateProblems.RenderFailed.At(message, null, null, SourceSpan.Start))
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TemplateRenderException(string message, Exception innerException)
        : this(TemplateProblems.RenderFailed.At(message, null, null, SourceSpan.Start), innerException)
    {
    }

    /// <summary>Which template, where and why.</summary>
    public Problem Problem { get; }
}
