using Bot.LocalHost;
using Microsoft.AspNetCore.Builder;

var builder = WebApplication.CreateBuilder(args);
await builder.AddLocalHostAsync();

var app = builder.Build();
app.MapLocalHost();
await app.RunAsync();
