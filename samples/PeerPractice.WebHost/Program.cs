using PeerPractice.WebHost;

WebHostApp.Create(args).Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory (internal: the benchmarks have a Program of their own).</summary>
internal partial class Program;
