using PlanBot.Cli.Serve;
using PlanBot.Load;

// Loopback only: both servers are started here on 127.0.0.1 and nothing else is contacted but the storage account.
var settings = LoadSettings.Parse(args);
var secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(5));

await using var serve = ServeHost.Build(
[
    "--urls", "http://127.0.0.1:0", "--PlanBot:WebhookSecret=" + secret, "--PlanBot:Storage:ConnectionString=" + settings.Storage,
    "--PlanBot:Storage:QueueName=load" + Guid.NewGuid().ToString("N")[..12], "--Logging:LogLevel:Default=Warning",

    // The host needs GitHub credentials to start; the load's deliveries (pull_request.labeled) have no handler, so the
    // processor acknowledges them without calling GitHub, and the discard port makes sure nothing leaves the machine.
    "--PlanBot:GitHub:Token=load-test", "--PlanBot:GitHub:ApiUrl=http://127.0.0.1:9/",
]);
await using var floor = SignatureOnlyEndpoint.Build(secret);
var storageFloorEndpoint = await StorageFloorEndpoint.BuildAsync(secret, settings.Storage, cancel.Token);
await using var storageFloor = storageFloorEndpoint.App;
await serve.StartAsync(cancel.Token);
await floor.StartAsync(cancel.Token);
await storageFloor.StartAsync(cancel.Token);

Console.WriteLine($"{settings.Count} signed deliveries of {settings.PayloadBytes} bytes, concurrency {settings.Concurrency}, after 20 warm-up requests each");
foreach (var (name, app) in new[] { ("signature-only Kestrel", floor), ("signature + 1 queue write", storageFloor), ("planbot serve", serve) })
{
    using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    Console.WriteLine(await new LoadRun(client, secret, settings).RunAsync(name, cancel.Token));
    if (app == storageFloor)
    {
        await storageFloorEndpoint.Queue.DeleteAsync(cancel.Token);
    }
}

await serve.StopAsync(cancel.Token);
await floor.StopAsync(cancel.Token);
await storageFloor.StopAsync(cancel.Token);
