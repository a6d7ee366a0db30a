using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PeerPractice.Collections;
using PeerPractice.Generators.Diagnostics;
using PeerPractice.Generators.Model;

namespace PeerPractice.Generators.Helpers;

/// <summary>
/// Decides the namespace of generated classes: <c>PeerPracticeAgendaNamespace</c> when set,
/// otherwise <c>RootNamespace</c> + <c>.Agendas</c>, otherwise <c>Agendas</c>. Each dotted part is
/// made a valid identifier (invalid characters become <c>_</c>, a leading digit gets <c>_</c>,
/// keywords get <c>@</c>); a configured namespace that needed this gets PPG005.
/// </summary>
internal static class NamespaceResolver
{
    /// <summary>The MSBuild property that overrides the namespace.</summary>
    public const string NamespaceProperty = "build_property.PeerPracticeAgendaNamespace";

    /// <summary>The project's root namespace.</summary>
    public const string RootNamespaceProperty = "build_property.RootNamespace";

    /// <summary>The last part added to the root namespace.</summary>
    public const string DefaultLeaf = "Agendas";

    /// <summary>Reads the options and returns the namespace to use.</summary>
    public static NamespaceSpec Resolve(AnalyzerConfigOptions options)
    {
        if (options.TryGetValue(NamespaceProperty, out var configured) && !string.IsNullOrWhiteSpace(configured))
        {
            return Resolve(configured.Trim(), "PeerPracticeAgendaNamespace");
        }

        options.TryGetValue(RootNamespaceProperty, out var root);
        return string.IsNullOrWhiteSpace(root)
            ? new NamespaceSpec(DefaultLeaf, null)
            : Resolve(root!.Trim() + "." + DefaultLeaf, "RootNamespace");
    }

    private static NamespaceSpec Resolve(string configured, string source)
    {
        var parts = new List<string>();
        foreach (var part in configured.Split('.'))
        {
            var sanitized = Sanitize(part.Trim());
            if (sanitized.Length != 0)
            {
                parts.Add(sanitized);
            }
        }

        var name = parts.Count == 0 ? DefaultLeaf : string.Join(".", parts);
        if (name == configured)
        {
            return new NamespaceSpec(name, null);
        }

        var problem = new DiagnosticSpec(
            AgendaDiagnostics.InvalidNamespaceId,
            ProblemSeverity.Warning,
            ValueArray.Create(configured, source, name),
            LocationSpec.None);
        return new NamespaceSpec(name, problem);
    }

    private static string Sanitize(string part)
    {
        if (part.Length == 0)
        {
            return part;
        }

        var text = new StringBuilder(part.Length + 1);
        var start = part[0] == '@' ? 1 : 0;
        for (var i = start; i < part.Length; i++)
        {
            var c = part[i];
            text.Append(SyntaxFacts.IsIdentifierPartCharacter(c) && !char.IsSurrogate(c) ? c : '_');
        }

        if (text.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(text[0]))
        {
            text.Insert(0, '_');
        }

        var identifier = text.ToString();
        var isKeyword = SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None
            || SyntaxFacts.GetContextualKeywordKind(identifier) is SyntaxKind.GlobalKeyword;
        return isKeyword || start == 1 ? "@" + identifier : identifier;
    }
}
