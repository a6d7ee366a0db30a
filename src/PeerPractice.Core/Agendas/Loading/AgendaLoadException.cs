using System;
using System.Globalization;
using PeerPractice.Collections;

namespace PeerPractice.Agendas;

/// <summary>
/// Thrown by the <c>Load</c> forms of <see cref="AgendaLoader"/> when an agenda has errors.
/// Carries every problem, not just the first, so a host can show them all.
/// </summary>
public sealed class AgendaLoadException : Exception
{
    /// <summary>Creates an exception with no problems attached.</summary>
    public AgendaLoadException()
        : this("The agenda could not be loaded.")
    {
    }

    /// <summary>Creates an exception with a message and no problems attached.</summary>
    /// <param name="message">What went wrong.</param>
    public AgendaLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause, and no problems attached.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public AgendaLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception carrying <paramref name="problems"/>.</summary>
    /// <param name="problems">Every problem found; the errors among them are why the agenda was refused.</param>
    public AgendaLoadException(ValueArray<Problem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, errors and warnings, in document order.</summary>
    public ValueArray<Problem> Problems { get; }

    private static string Describe(ValueArray<Problem> problems)
    {
        var errors = 0;
        Problem? first = null;
        foreach (var problem in problems)
        {
            if (problem.Severity == ProblemSeverity.Error)
            {
                errors++;
                first ??= problem;
            }
        }

        return first is null
            ? "The agenda could not be loaded."
            : string.Format(CultureInfo.InvariantCulture, "The agenda has {0} error(s); the first: {1}", errors, first);
    }
}
