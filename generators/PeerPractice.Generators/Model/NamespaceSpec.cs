namespace PeerPractice.Generators.Model;

/// <summary>The namespace generated classes go in, and a problem with the configured one, if any.</summary>
/// <param name="Name">A valid C# namespace name (possibly with <c>@</c>-escaped keywords).</param>
/// <param name="Problem">A warning when the configured namespace had to be corrected.</param>
internal sealed record NamespaceSpec(string Name, DiagnosticSpec? Problem);
