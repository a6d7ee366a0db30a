using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PeerPractice.Orleans;
using PeerPractice.WebHost.Live;
using PeerPractice.WebHost.Pages;
using PeerPractice.WebHost.Security;

namespace PeerPractice.WebHost;

/// <summary>Builds the web host: used by <c>Program</c>, the tests (through WebApplicationFactory) and the benchmark (in process).</summary>
public static class WebHostApp
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        ArgumentNullException.ThrowIfNull(args);
        configure?.Invoke(builder);

        // Settings: the web host's own (PeerPractice:Web) and the cluster's (PeerPractice:Cluster). With no
        // PostgreSQL connection string this is the embedded default: one silo in this process, SQLite and the
        // note key in the data folder.
        var web = builder.Configuration.GetSection(WebHostOptions.Section).Get<WebHostOptions>() ?? new WebHostOptions();
        web.DataFolder = Path.GetFullPath(web.DataFolder, builder.Environment.ContentRootPath);
        builder.Services.Configure<WebHostOptions>(builder.Configuration.GetSection(WebHostOptions.Section));
        builder.Services.PostConfigure<WebHostOptions>(o => o.DataFolder = web.DataFolder);
        var cluster = builder.Configuration.GetSection(PeerPracticeClusterOptions.Section).Get<PeerPracticeClusterOptions>() ?? new PeerPracticeClusterOptions();
        if (builder.Configuration[$"{PeerPracticeClusterOptions.Section}:{nameof(PeerPracticeClusterOptions.SqlitePath)}"] is null)
        {
            cluster.SqlitePath = Path.Combine(web.DataFolder, "peerpractice.db");
        }

        cluster.NoteKeyFile ??= Path.Combine(web.DataFolder, "notes.key");
        Directory.CreateDirectory(web.DataFolder);

        builder.Services.TryAddSingleton(new SessionTime(TimeProvider.System));
        builder.Services.AddOptions<SessionGrainOptions>()
            .Bind(builder.Configuration.GetSection("PeerPractice:Grains"))
            .Configure<SessionTime>((o, time) => o.Clock ??= time.Provider);
        builder.UseOrleans(silo => silo.UsePeerPractice(cluster));

        builder.Services.AddSingleton<OrganiserCredential>();
        builder.Services.AddSingleton<LiveSessions>();
        builder.Services.AddSingleton<SessionDirectory>();
        builder.Services.AddHostedService<SubscriptionRenewal>();
        builder.Services.AddSignalR(o => o.MaximumReceiveMessageSize = 4 * 1024);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancellationToken) =>
            {
                var limit = context.HttpContext.RequestServices.GetRequiredService<IOptions<WebHostOptions>>().Value.CommandsPerMinute;
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync($"Too many commands: at most {limit} a minute from one link. Wait a moment and try again.", cancellationToken);
            };
            o.AddPolicy(ParticipantPage.RateLimitPolicy, http =>
            {
                var limit = http.RequestServices.GetRequiredService<IOptions<WebHostOptions>>().Value.CommandsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Request.Path.Value ?? string.Empty,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        OrganiserPages.Map(app);
        ParticipantPage.Map(app);
        app.MapHub<SessionHub>("/hub");

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var organiser = app.Services.GetRequiredService<OrganiserCredential>();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5000";
            Console.WriteLine($"PeerPractice web host: data in {web.DataFolder} ({(cluster.PostgreSqlConnectionString is { Length: > 0 } ? "PostgreSQL cluster" : "SQLite, one in-process silo")}).");
            Console.WriteLine(organiser.NewKey is { } key
                ? $"Organiser: {address}/organiser/login?key={key}  (shown once: only its hash is kept in {OrganiserCredential.HashFileName})"
                : $"Organiser: {address}/organiser  (log in with the link printed on the first run; delete {Path.Combine(web.DataFolder, OrganiserCredential.HashFileName)} to make a new one)");
        });

        return app;
    }
}
