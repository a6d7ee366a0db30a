using System.Net;
using PeerPractice.Agendas;

namespace PeerPractice.WebHost.Tests;

/// <summary>Steps two participants take in several tests.</summary>
internal static class TwoPeers
{
    public static async Task AcknowledgeAllAsync(HttpClient client, IReadOnlyList<string> links)
    {
        foreach (var link in links)
        {
            foreach (var agreement in AgendaLibrary.Get(AgendaLibrary.PeerBrainstorm).Agreements)
            {
                using var ack = await WebHostFactory.PostCommandAsync(client, link + "/command", ("kind", "acknowledge"), ("agreement", agreement.Id));
                Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
            }
        }
    }
}
