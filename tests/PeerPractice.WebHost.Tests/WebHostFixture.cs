namespace PeerPractice.WebHost.Tests;

/// <summary>One web host (one silo) shared by the HTTP tests: starting a silo is the slow part.</summary>
public sealed class WebHostFixture : IAsyncLifetime
{
    public WebHostFactory Host { get; } = new();

    public ValueTask InitializeAsync()
    {
        using var warm = Host.Anonymous();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(nameof(WebHostCollection))]
public sealed class WebHostCollection : ICollectionFixture<WebHostFixture>;
