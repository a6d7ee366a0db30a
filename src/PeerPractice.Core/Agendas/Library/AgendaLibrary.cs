using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using PeerPractice.Collections;

namespace PeerPractice.Agendas;

/// <summary>
/// The built-in agendas, written from the practice this library is about and embedded in the
/// package: use them as they are, or copy their JSON (<see cref="GetSource"/>) as a template.
/// Each is loaded once, on first use, with the same validator as any other agenda.
/// </summary>
public static class AgendaLibrary
{
    /// <summary>Id of the first coffee: getting to know a peer and deciding whether to meet regularly.</summary>
    public const string FirstCoffee = "first-coffee";

    /// <summary>Id of the monthly peer brainstorm: the seven questions, each in turn, with the listener's perspective.</summary>
    public const string PeerBrainstorm = "peer-brainstorm";

    /// <summary>Id of the quarterly deep dive in one peer's office, with a host-led walk-through.</summary>
    public const string QuarterlyDeepDive = "quarterly-deep-dive";

    /// <summary>Id of the CIO breakfast roundtable: a small group, round-robin, on shared challenges.</summary>
    public const string CioBreakfast = "cio-breakfast";

    /// <summary>Id of the site-visit day, with host and visitor roles and the visit's topic areas.</summary>
    public const string SiteVisitDay = "site-visit-day";

    /// <summary>Id of the follow-up call: action items since last time, progress, next steps.</summary>
    public const string FollowUpCall = "follow-up-call";

    /// <summary>Id of the internal partnership: a CIO and a business executive of the same organization on the executive's initiative.</summary>
    public const string InternalPartnership = "internal-partnership";

    private const string ResourcePrefix = "PeerPractice.Agendas.Library.";

    /// <summary>The ids of the built-in agendas, in the order a programme usually meets them.</summary>
    public static ValueArray<string> Ids { get; } = ValueArray.Create(FirstCoffee, PeerBrainstorm, QuarterlyDeepDive, CioBreakfast, SiteVisitDay, FollowUpCall, InternalPartnership);

    /// <summary>Every built-in agenda, in the order of <see cref="Ids"/>.</summary>
    public static ValueArray<AgendaDefinition> All => Loaded.All;

    /// <summary>The built-in agenda with <paramref name="id"/>.</summary>
    /// <param name="id">One of <see cref="Ids"/>.</param>
    /// <exception cref="KeyNotFoundException">No built-in agenda has that id.</exception>
    public static AgendaDefinition Get(string id) =>
        TryGet(id, out var agenda) ? agenda : throw new KeyNotFoundException("There is no built-in agenda \"" + id + "\". Built-in agendas: " + string.Join(", ", Ids) + ".");

    /// <summary>Finds the built-in agenda with <paramref name="id"/>.</summary>
    /// <param name="id">The id to look for (exact, case-sensitive).</param>
    /// <param name="agenda">The agenda, when found.</param>
    public static bool TryGet(string id, [NotNullWhen(true)] out AgendaDefinition? agenda)
    {
        foreach (var candidate in Loaded.All)
        {
            if (string.Equals(candidate.Id, id, StringComparison.Ordinal))
            {
                agenda = candidate;
                return true;
            }
        }

        agenda = null;
        return false;
    }

    /// <summary>The JSON of the built-in agenda with <paramref name="id"/>, to copy as a starting point.</summary>
    /// <param name="id">One of <see cref="Ids"/>.</param>
    /// <exception cref="KeyNotFoundException">No built-in agenda has that id.</exception>
    public static string GetSource(string id)
    {
        if (!Ids.AsSpan().Contains(id))
        {
            throw new KeyNotFoundException("There is no built-in agenda \"" + id + "\". Built-in agendas: " + string.Join(", ", Ids) + ".");
        }

        using var stream = typeof(AgendaLibrary).Assembly.GetManifestResourceStream(ResourcePrefix + id + ".agenda.json")
            ?? throw new InvalidOperationException("The built-in agenda \"" + id + "\" is missing from the assembly's resources.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Loads on first use; the CLR makes the type initializer run once, thread-safely.</summary>
    private static class Loaded
    {
        public static readonly ValueArray<AgendaDefinition> All = LoadAll();

        private static ValueArray<AgendaDefinition> LoadAll()
        {
            var agendas = new AgendaDefinition[Ids.Count];
            for (var i = 0; i < agendas.Length; i++)
            {
                var id = Ids[i];
                var result = AgendaParser.Parse(GetSource(id), id + ".agenda.json");

                // A built-in agenda that does not load is a bug in this package, caught by its tests.
                agendas[i] = result.Value ?? throw new InvalidOperationException("The built-in agenda \"" + id + "\" is invalid: " + result.Problems[0]);
            }

            return ValueArray<AgendaDefinition>.UnsafeWrap(agendas);
        }
    }
}
