using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Generators.Diagnostics;
using PeerPractice.Generators.Model;

namespace PeerPractice.Generators.Helpers;

/// <summary>
/// Names the members of one agenda class (rule in <c>docs/generator.md</c>): items keep their
/// PascalCase name unless it is taken by a generated member or an <see cref="object"/> member, in
/// which case <c>Item</c> is appended; sections likewise get <c>Section</c> appended when their name
/// is taken by a generated member or an item. Any clash left after that is reported (PPG003).
/// </summary>
internal sealed class MemberNamer
{
    /// <summary>Names the generated class declares itself, or inherits from <see cref="object"/>.</summary>
    public static IReadOnlyCollection<string> ReservedNames { get; } =
    [
        "Definition", "ItemId", "GetItem", "StartSession", "Session",
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    ];

    private readonly HashSet<string> _reserved;
    private readonly Dictionary<string, (string Kind, string Id)> _owners = new(StringComparer.Ordinal);
    private readonly List<DiagnosticSpec> _diagnostics;
    private bool _failed;

    private MemberNamer(string className, List<DiagnosticSpec> diagnostics)
    {
        _reserved = new HashSet<string>(ReservedNames, StringComparer.Ordinal) { className };
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// The C# name of an id by the shared rule (<see cref="AgendaIdentifiers.ToPascalCase"/>), or
    /// null when the id is not kebab-case and the rule promises no valid name.
    /// </summary>
    public static string? NameOf(string id) => AgendaIdentifiers.IsKebabCase(id) ? AgendaIdentifiers.ToPascalCase(id) : null;

    /// <summary>
    /// Names every section and item of <paramref name="definition"/>, or returns null (after adding
    /// diagnostics at the ids in <paramref name="ids"/>) when some name cannot be made or clashes.
    /// </summary>
    public static ValueArray<SectionSpec>? Name(
        AgendaDefinition definition,
        string className,
        AgendaIdSpans? ids,
        string path,
        List<DiagnosticSpec> diagnostics)
    {
        var namer = new MemberNamer(className, diagnostics);
        var itemNames = new string?[definition.Items.Count];
        for (var i = 0; i < itemNames.Length; i++)
        {
            var index = i;
            itemNames[i] = namer.Claim("item", definition.Items[i].Id, "Item", itemsTakeName: false, () => LocationSpec.In(path, ids?.Item(index)));
        }

        var sections = new SectionSpec[definition.Sections.Count];
        var flatIndex = 0;
        for (var s = 0; s < sections.Length; s++)
        {
            var section = definition.Sections[s];
            var index = s;
            var sectionName = namer.Claim("section", section.Id, "Section", itemsTakeName: true, () => LocationSpec.In(path, ids?.Section(index)));
            var items = new ItemSpec[section.Items.Count];
            for (var i = 0; i < items.Length; i++, flatIndex++)
            {
                items[i] = new ItemSpec(itemNames[flatIndex] ?? string.Empty, flatIndex, s, i);
            }

            sections[s] = new SectionSpec(sectionName ?? string.Empty, s, new ValueArray<ItemSpec>(items));
        }

        return namer._failed ? null : new ValueArray<SectionSpec>(sections);
    }

    private string? Claim(string kind, string id, string suffix, bool itemsTakeName, Func<LocationSpec> locate)
    {
        var name = NameOf(id);
        if (name is null)
        {
            Report(AgendaDiagnostics.IdWithoutName, locate, kind, id);
            return null;
        }

        if (_reserved.Contains(name) || (itemsTakeName && _owners.ContainsKey(name)))
        {
            name += suffix;
        }

        if (_owners.TryGetValue(name, out var owner) || _reserved.Contains(name))
        {
            owner = owner.Kind is null ? ("generated member", name) : owner;
            Report(AgendaDiagnostics.MemberNameClash, locate, kind, id, name, owner.Kind, owner.Id);
            return null;
        }

        _owners.Add(name, (kind, id));
        return name;
    }

    private void Report(DiagnosticDescriptor descriptor, Func<LocationSpec> locate, params string[] arguments)
    {
        _failed = true;
        _diagnostics.Add(new DiagnosticSpec(
            descriptor.Id,
            ProblemSeverity.Error,
            new ValueArray<string>(arguments),
            locate()));
    }
}
