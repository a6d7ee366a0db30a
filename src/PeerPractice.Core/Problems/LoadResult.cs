using System.Diagnostics.CodeAnalysis;
using PeerPractice.Collections;

namespace PeerPractice;

/// <summary>
/// The outcome of loading or checking one input: the value, and every problem found (warnings may
/// accompany a value). Every loader of the library returns this shape.
/// </summary>
/// <typeparam name="T">What was loaded: an agenda definition, a topic catalog, member profiles, a policy.</typeparam>
/// <param name="Value">
/// The value; null (default) when any problem is an error, except where a loader documents that it
/// keeps the good parts (<c>ProfileLoader</c> keeps the members that loaded cleanly).
/// </param>
/// <param name="Problems">Every problem found, in document order.</param>
public sealed record LoadResult<T>(T? Value, ValueArray<Problem> Problems)
{
    /// <summary>True when no problem is an error: the value is there and usable (there may still be warnings).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => !HasErrors && Value is not null;

    /// <summary>True when any problem is an error.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var problem in Problems)
            {
                if (problem.Severity == ProblemSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
