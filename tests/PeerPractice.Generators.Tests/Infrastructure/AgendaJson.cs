using System.Globalization;
using System.Text;

namespace PeerPractice.Generators.Tests.Infrastructure;

/// <summary>Small valid agenda documents for pipeline tests.</summary>
internal static class AgendaJson
{
    public static string Pair(string id, string title = "A pair agenda", params string[] itemIds)
    {
        if (itemIds.Length == 0)
        {
            itemIds = ["biggest-problem", "next-step"];
        }

        var items = new StringBuilder();
        for (var i = 0; i < itemIds.Length; i++)
        {
            items.Append(CultureInfo.InvariantCulture, $$"""
                        { "id": "{{itemIds[i]}}", "prompt": "Question {{i + 1}}?", "turns": "each", "timebox": "PT2M" }{{(i + 1 < itemIds.Length ? "," : "")}}

                """);
        }

        return $$"""
            {
              "id": "{{id}}",
              "title": "{{title}}",
              "summary": "A short agenda for tests.",
              "format": "pair",
              "participants": { "min": 2, "max": 2 },
              "duration": "PT30M",
              "agreements": [ { "id": "confidentiality", "text": "What we discuss stays between us." } ],
              "rotation": "alternate",
              "sections": [
                {
                  "id": "main",
                  "title": "Main",
                  "items": [
            {{items}}      ]
                }
              ],
              "closing": { "actionItems": true, "scheduleNext": true }
            }
            """;
    }
}
