using PeerPractice.ConsoleHost;

return HostApp.Run(args, HostContext.FromConsole());
