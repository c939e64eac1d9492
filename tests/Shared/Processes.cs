using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Wayfinder.Tests.Shared;

/// <summary>The <c>wayfinder</c> command-line tool, run as an operator runs it: a separate process.</summary>
public static class Cli
{
    public static (int Exit, string Output) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var bin = Path.Combine(Repository.Root, "src", "Wayfinder.Cli", "bin");
        var dll = Directory.GetFiles(bin, "wayfinder.dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).First();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(300_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"wayfinder {string.Join(' ', args)} did not finish in 5 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

/// <summary>
/// Debian's nginx on a free loopback port, with a configuration written for one test (the
/// caller gives what goes inside <c>http { }</c>); stopped and removed on dispose.
/// </summary>
public sealed class Nginx : IDisposable
{
    private readonly Process process;

    public const string Binary = "/usr/sbin/nginx";

    public Nginx(Func<int, string> httpBlock)
    {
        Folder = Directory.CreateTempSubdirectory("wayfinder-nginx-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            // nginx's workers run as an unprivileged user: what it serves must be readable by anyone.
            File.SetUnixFileMode(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        var port = FreePort();
        File.WriteAllText(Path.Combine(Folder, "nginx.conf"), $$"""
            worker_processes 1;
            pid {{Folder}}/nginx.pid;
            error_log {{Folder}}/error.log warn;
            events { worker_connections 512; }
            http {
                include /etc/nginx/mime.types;
                access_log off;
                client_body_temp_path {{Folder}}/body;
                proxy_temp_path {{Folder}}/proxy;
                fastcgi_temp_path {{Folder}}/fastcgi;
                uwsgi_temp_path {{Folder}}/uwsgi;
                scgi_temp_path {{Folder}}/scgi;
            {{httpBlock(port)}}
            }
            """);
        process = Process.Start(new ProcessStartInfo(Binary) { ArgumentList = { "-p", Folder, "-c", Path.Combine(Folder, "nginx.conf"), "-g", "daemon off;" } })!;
        Address = new Uri($"http://127.0.0.1:{port}");
        WaitUntilAnswering(Address);
    }

    public string Folder { get; }

    public Uri Address { get; }

    public static string? Missing() => TestTools.Missing(File.Exists(Binary) ? Binary : null, "nginx");

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static void WaitUntilAnswering(Uri address)
    {
        using var client = new HttpClient();
        for (var i = 0; i < 50; i++)
        {
            try
            {
                client.GetAsync(address).GetAwaiter().GetResult();
                return;
            }
            catch (HttpRequestException)
            {
                Thread.Sleep(100);
            }
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }

        process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
