using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Wayfinder.Tests.Shared;

/// <summary>Waiting for programs the tests start.</summary>
public static class Programs
{
    /// <summary>Waits for a started program (its output redirected) to finish, and returns its exit
    /// code with what it wrote to standard output and then standard error; a program still running
    /// after the timeout is killed and the test fails with its name.</summary>
    public static (int Exit, string Output) Finish(Process process, TimeSpan timeout)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{process.StartInfo.FileName} {string.Join(' ', process.StartInfo.ArgumentList)} did not finish in {timeout.TotalSeconds:N0} s");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Asks for an address until it answers (with a success status, when asked for one),
    /// and says whether it did within the time given.</summary>
    public static bool WaitUntilAnswering(Uri address, TimeSpan within, bool success = false)
    {
        using var client = new HttpClient();
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < within)
        {
            try
            {
                using var response = client.GetAsync(address).GetAwaiter().GetResult();
                if (!success || response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            Thread.Sleep(100);
        }

        return false;
    }
}

/// <summary>The <c>wayfinder</c> command-line tool, run as an operator runs it: a separate process.</summary>
public static class Cli
{
    public static (int Exit, string Output) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        return Programs.Finish(process, TimeSpan.FromMinutes(5));
    }

    /// <summary>Starts the tool and returns at once, for tests that stop it part-way.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
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

        return Process.Start(start)!;
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
        MakeReadable(Folder);

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
        if (!Programs.WaitUntilAnswering(Address, TimeSpan.FromSeconds(5)))
        {
            var log = Path.Combine(Folder, "error.log");
            throw new InvalidOperationException("nginx did not answer in 5 s: " + (File.Exists(log) ? File.ReadAllText(log) : "no error log"));
        }
    }

    public string Folder { get; }

    public Uri Address { get; }

    public static string? Missing() => TestTools.Missing(File.Exists(Binary) ? Binary : null, "nginx");

    /// <summary>nginx's workers run as an unprivileged user: a folder it serves from must be open
    /// to anyone (temporary folders are created private to their owner).</summary>
    public static void MakeReadable(string folder)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
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

/// <summary>
/// A private PostgreSQL server from Debian's packages, on a free loopback port, that a test can
/// stop and start again like an operator (or a crash) would; removed on dispose. The shared
/// server that ./test.sh starts is never stopped, because other tests use it at the same time.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string bin;
    private readonly string[] runAs;

    private PostgresServer(string bin)
    {
        this.bin = bin;
        Port = Nginx.FreePort();
        Folder = Directory.CreateTempSubdirectory("wayfinder-pg-").FullName;
        // PostgreSQL refuses to run as root: there it runs as Debian's postgres user.
        runAs = Environment.UserName == "root" ? ["runuser", "-u", "postgres", "--"] : [];
        if (runAs.Length > 0)
        {
            Run("chown", "postgres", Folder);
        }

        Run(Command("initdb", "-D", Folder, "-A", "trust", "-U", "wayfinder"));
        Start();
    }

    public string Folder { get; }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=wayfinder;Database=wayfinder;Timeout=3;Command Timeout=10";

    private static string? Bin => Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => d.Length).ThenBy(d => d, StringComparer.Ordinal).LastOrDefault()
        : null;

    /// <summary>Null when PostgreSQL's programs are installed; otherwise why not (throws under CI).</summary>
    public static string? Missing() => TestTools.Missing(Bin, "PostgreSQL's server programs (Debian package postgresql)");

    public static PostgresServer Create() => new(Bin ?? throw new InvalidOperationException("PostgreSQL is not installed"));

    public void Start() => Run(Command("pg_ctl", "-D", Folder, "-l", Path.Combine(Folder, "server.log"), "-w",
        "-o", $"-p {Port} -k {Folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start"));

    /// <summary>Stops at once, as a crash would: open connections are cut.</summary>
    public void Stop() => Run(Command("pg_ctl", "-D", Folder, "-m", "immediate", "-w", "stop"));

    private string[] Command(string program, params string[] args) => [.. runAs, Path.Combine(bin, program), .. args];

    private static void Run(params string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var (exit, output) = Programs.Finish(process, TimeSpan.FromMinutes(1));
        if (exit != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', command)} failed: {output}");
        }
    }

    public void Dispose()
    {
        try
        {
            Stop();
        }
        catch (InvalidOperationException)
        {
            // already stopped
        }

        Directory.Delete(Folder, recursive: true);
    }
}
