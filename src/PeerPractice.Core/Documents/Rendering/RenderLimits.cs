using System;

namespace PeerPractice.Documents;

/// <summary>
/// The bounds every render runs inside, so that a hostile or broken template ends with an error
/// in bounded time and memory. Scriban is not a sandbox by itself; these limits plus a model made
/// only of <c>ScriptObject</c> data are what make it one here.
/// </summary>
/// <param name="LoopIterations">Cumulative loop iterations per render (Scriban <c>LoopLimit</c>).</param>
/// <param name="RecursionDepth">Nested function calls (Scriban <c>RecursiveLimit</c>).</param>
/// <param name="OutputCharacters">Most UTF-16 characters a render may produce, and the longest single string.</param>
/// <param name="ExpressionDepth">Deepest nesting of statements and expressions the parser accepts.</param>
/// <param name="Deadline">Wall-clock budget for one render, measured with the renderer's <see cref="TimeProvider"/>.</param>
public sealed record RenderLimits(
    int LoopIterations,
    int RecursionDepth,
    int OutputCharacters,
    int ExpressionDepth,
    TimeSpan Deadline)
{
    /// <summary>Generous for real documents, tight enough that abuse fails in well under a second.</summary>
    public static RenderLimits Default { get; } = new(
        LoopIterations: 20_000,
        RecursionDepth: 32,
        OutputCharacters: 1_000_000,
        ExpressionDepth: 64,
        Deadline: TimeSpan.FromSeconds(2));
}
