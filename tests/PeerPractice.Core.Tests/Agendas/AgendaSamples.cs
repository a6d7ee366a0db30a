namespace PeerPractice.Core.Tests.Agendas;

/// <summary>Agenda texts shared by the parser tests.</summary>
internal static class AgendaSamples
{
    /// <summary>The example from the format draft: valid, one warning-free pair agenda.</summary>
    public const string PeerBrainstorm = """
        {
          "$schema": "agenda.schema.json",
          "id": "peer-brainstorm",
          "title": "Peer brainstorm",
          "summary": "One-to-one between two peers in similar roles at different organizations.",
          "format": "pair",
          "participants": { "min": 2, "max": 2 },
          "duration": "PT1H30M",
          "cadence": "P1M",
          "agreements": [
            { "id": "confidentiality", "text": "What we discuss stays between us." }
          ],
          "rotation": "alternate",
          "sections": [
            {
              "id": "problem",
              "title": "Biggest problem",
              "items": [
                {
                  "id": "biggest-problem",
                  "prompt": "What is your biggest problem right now?",
                  "turns": "each",
                  "timebox": "PT5M",
                  "response": { "kind": "perspective", "timebox": "PT3M" }
                },
                { "id": "why-it-matters", "prompt": "Why is this problem important?", "turns": "each", "timebox": "PT3M" },
                { "id": "whats-being-done", "prompt": "What is being done to address it?", "turns": "each", "timebox": "PT4M",
                  "response": { "kind": "suggestions", "timebox": "PT3M" } }
              ]
            }
          ],
          "closing": { "actionItems": true, "scheduleNext": true }
        }
        """;

    /// <summary>The smallest valid agenda.</summary>
    public const string Minimal = """
        {
          "id": "minimal",
          "title": "Minimal",
          "format": "pair",
          "sections": [
            { "id": "only", "title": "Only", "items": [
              { "id": "one", "prompt": "How are you?", "turns": "each", "timebox": "PT1M" }
            ] }
          ]
        }
        """;
}
