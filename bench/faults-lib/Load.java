import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault script's load client: public event registrations (each a new person, the proof-of-work
 * challenge solved as the page's widget solves it) and page views, through nginx, and EVERY answer
 * recorded in a CSV so the checks afterwards are exact rather than sampled.
 *
 * <pre>java Load.java --base http://127.0.0.1:18200 --seconds 60 --threads 8 --events 3,5,8 --out load.csv
 *     [--register 0.3] [--rate 40] [--run tag] [--paths /,/events,/api/v1/organisations?q=bursztyn]</pre>
 *
 * Closed loop (each thread sends its next request when the last one is answered) unless {@code --rate}
 * gives the total requests a second, spread over the threads. One CSV line per HTTP answer (or failure):
 * {@code at_ms,offset_ms,latency_ms,kind,path,status,content_type,upstream,email,registration_id,reg_status,error}
 * where status 0 means no answer (refused, reset, timed out). It prints one summary line {@code LOAD …}.
 */
public class Load {

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    static final Pattern FIELD = Pattern.compile("\"(algorithm|challenge|salt|signature)\"\\s*:\\s*\"([^\"]*)\"");
    static final Pattern MAX = Pattern.compile("\"maxnumber\"\\s*:\\s*(\\d+)");

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    final AtomicLong sequence = new AtomicLong();
    String base;
    long[] events;
    List<String> paths;
    double register;
    String run;
    long started;
    Duration timeout;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Load load = new Load();
        load.base = options.getOrDefault("base", "http://127.0.0.1:18200");
        String events = options.getOrDefault("events", "");
        load.events = events.isBlank() ? new long[0] : Arrays.stream(events.split(",")).mapToLong(Long::parseLong).toArray();
        load.paths = List.of(options.getOrDefault("paths", "/,/events,/api/v1/organisations?q=bursztyn").split(","));
        load.register = load.events.length == 0 ? 0 : Double.parseDouble(options.getOrDefault("register", "0.3"));
        load.run = options.getOrDefault("run", Long.toString(System.currentTimeMillis(), 36));
        load.timeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout", "30")));
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "60"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "0"));
        Path out = Path.of(options.getOrDefault("out", "load.csv"));
        load.go(seconds, threads, rate, out);
    }

    void go(double seconds, int threads, double rate, Path out) throws Exception {
        started = System.currentTimeMillis();
        long end = started + (long) (seconds * 1000);
        // a thread's next iteration is due at a fixed step; a late thread catches up by at most a second
        long stepNanos = rate > 0 ? (long) (1e9 * threads / rate) : 0;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                long due = System.nanoTime() + (stepNanos > 0 ? stepNanos * thread / threads : 0);
                while (System.currentTimeMillis() < end) {
                    if (stepNanos > 0) {
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            sleep(wait);
                        }
                        due = Math.max(due + stepNanos, System.nanoTime() - 1_000_000_000L);
                        if (System.currentTimeMillis() >= end) {
                            break;
                        }
                    }
                    iteration(thread);
                }
            }, "load-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        write(out);
    }

    void iteration(int thread) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (random.nextDouble() < register) {
            registration(thread, events[random.nextInt(events.length)]);
        } else {
            get("page", paths.get(random.nextInt(paths.size())), "text/html,application/json;q=0.9");
        }
    }

    /** A new person registers for the event as the public form's script would: challenge, solve, POST. */
    void registration(int thread, long event) {
        Answer challenge = get("challenge", "/api/v1/challenge", "application/json");
        if (challenge.status != 200) {
            return;
        }
        String altcha = solve(challenge.body);
        if (altcha == null) {
            return;
        }
        String email = "faults-" + run + "-" + thread + "-" + sequence.incrementAndGet() + "@example.pl";
        String body = """
                {"name":"Uczestnik Awarii %d","email":"%s","organisationName":"Spółdzielnia Socjalna Bursztyn",\
                "consent":true,"altcha":"%s"}""".formatted(sequence.get(), email, altcha);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/events/" + event + "/registrations"))
                .timeout(timeout).header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Accept-Language", "pl").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Answer answer = send("register", "/api/v1/events/" + event + "/registrations", request);
        String id = "";
        String status = "";
        if (answer.status / 100 == 2) {
            Matcher m = ID.matcher(answer.body);
            id = m.find() ? m.group(1) : "";
            Matcher s = STATUS.matcher(answer.body);
            status = s.find() ? s.group(1) : "";
        }
        record(answer, email, id, status);
    }

    Answer get(String kind, String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", accept).header("Accept-Language", "pl").GET().build();
        Answer answer = send(kind, path, request);
        record(answer, "", "", "");
        return answer;
    }

    record Answer(String kind, String path, long at, long latencyNanos, int status, String contentType,
            String upstream, String body, String error) {
    }

    Answer send(String kind, String path, HttpRequest request) {
        long at = System.currentTimeMillis();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(kind, path, at, System.nanoTime() - t0, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("X-Upstream").orElse(""), response.body(), "");
        } catch (IOException | RuntimeException e) {
            return new Answer(kind, path, at, System.nanoTime() - t0, 0, "", "", "", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(kind, path, at, System.nanoTime() - t0, 0, "", "", "", "interrupted");
        }
    }

    void record(Answer a, String email, String id, String status) {
        lines.add(String.join(",", Long.toString(a.at), Long.toString(a.at - started),
                String.format(java.util.Locale.ROOT, "%.1f", a.latencyNanos / 1e6), a.kind, csv(a.path),
                Integer.toString(a.status), csv(a.contentType), csv(a.upstream), email, id, status, a.error));
    }

    static String csv(String value) {
        return value.replace(',', ';');
    }

    /** The ALTCHA v1 solution: the number whose SHA-256 after the salt is the challenge. */
    static String solve(String challengeJson) {
        Map<String, String> fields = new HashMap<>();
        Matcher m = FIELD.matcher(challengeJson);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        Matcher max = MAX.matcher(challengeJson);
        long maxNumber = max.find() ? Long.parseLong(max.group(1)) : 1_000_000;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            HexFormat hex = HexFormat.of();
            byte[] salt = fields.get("salt").getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n <= maxNumber; n++) {
                sha.update(salt);
                if (hex.formatHex(sha.digest(Long.toString(n).getBytes(StandardCharsets.UTF_8)))
                        .equals(fields.get("challenge"))) {
                    String json = """
                            {"algorithm":"%s","challenge":"%s","number":%d,"salt":"%s","signature":"%s"}"""
                            .formatted(fields.get("algorithm"), fields.get("challenge"), n, fields.get("salt"),
                                    fields.get("signature"));
                    return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (Exception e) {
            return null;
        }
        return null;
    }

    void write(Path out) throws IOException {
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort((a, b) -> Long.compare(Long.parseLong(a.substring(0, a.indexOf(','))),
                Long.parseLong(b.substring(0, b.indexOf(',')))));
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            writer.println("at_ms,offset_ms,latency_ms,kind,path,status,content_type,upstream,email,registration_id,reg_status,error");
            sorted.forEach(writer::println);
        }
        double[] latencies = sorted.stream().mapToDouble(l -> Double.parseDouble(l.split(",", -1)[2])).sorted().toArray();
        long errors = sorted.stream().filter(l -> {
            int status = Integer.parseInt(l.split(",", -1)[5]);
            return status == 0 || status >= 500;
        }).count();
        double seconds = Math.max(0.001, (System.currentTimeMillis() - started) / 1000.0);
        System.out.printf(java.util.Locale.ROOT, "LOAD requests=%d rps=%.1f p50=%.1f p99=%.1f errors=%d%n",
                latencies.length, latencies.length / seconds, percentile(latencies, 0.5), percentile(latencies, 0.99),
                errors);
    }

    static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
