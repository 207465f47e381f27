package jp.nintei.bench;

import static jp.nintei.bench.BenchReport.f1;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.nintei.application.ApplicationType;
import jp.nintei.caremanager.CareManagerAccounts;
import jp.nintei.caremanager.CarePlanNotifications;
import jp.nintei.insured.InsuredPersonRepository;
import jp.nintei.office.OfficeKind;
import jp.nintei.office.OfficeRegistry;
import jp.nintei.resident.ResidentClients;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.SecondFactors;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * Progress reads with 1,000,000 cases in the database: latency of the care-manager case list
 * (GET /care-manager, the HTML page of an office's clients) and of the resident API
 * (GET /resident-api/v1/cases for a random one of the million insured persons), under a
 * loopback load of a fixed number of requests from a fixed number of threads. Checks first that
 * the read path's queries are planned with indexes.
 */
@BenchContext
class ProgressReadBench {

    static final int CASES = Integer.getInteger("bench.read-cases", 1_000_000);
    static final int THREADS = Integer.getInteger("bench.read-threads", 8);
    static final int REQUESTS = Integer.getInteger("bench.read-requests", 400);
    static final int CLIENTS_PER_OFFICE = 30;
    static final String PASSWORD = "bench-care-manager-password-1";
    static final String CARE_MANAGER_REALM = "care-manager";

    @LocalServerPort int port;
    @Autowired CaseDriver cases;
    @Autowired TestData data;
    @Autowired BusinessClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired Environment env;
    @Autowired OfficeRegistry offices;
    @Autowired CareManagerAccounts accounts;
    @Autowired CarePlanNotifications notifications;
    @Autowired InsuredPersonRepository persons;
    @Autowired ResidentClients residentClients;
    @Autowired SecondFactors secondFactors;
    private final Map<String, String> secrets = new java.util.concurrent.ConcurrentHashMap<>();

    @Test
    void latencyUnderLoad() throws Exception {
        LocalDate today = clock.today();
        String template = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(template);
        long start = System.nanoTime();
        SyntheticCases.load(env.getProperty("spring.datasource.url"), env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password", ""), template, CASES);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long total = jdbc.queryForObject("select count(*) from certification_application", Long.class);

        List<String> logins = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String office = "88" + String.format("%08d", t);
            offices.save(office, "ベンチ居宅介護支援事業所 " + t, OfficeKind.CARE_PLAN_OFFICE, "テスト市", null);
            String login = "bench-cm-" + t;
            accounts.create(office, login, "介護 支援" + t, PASSWORD);
            secrets.put(login, secondFactors.enrol(CARE_MANAGER_REALM, login));
            for (int k = 0; k < CLIENTS_PER_OFFICE; k++) {
                // Distinct persons spread over the million: a person has one current office.
                long person = (long) (t * CLIENTS_PER_OFFICE + k) * (CASES / (THREADS * CLIENTS_PER_OFFICE));
                notifications.file(office, persons.findByInsuredNumber(SyntheticCases.insuredNumber(person)).orElseThrow(),
                        today.minusDays(30), null);
            }
            logins.add(login);
        }
        var resident = residentClients.register("bench-portal", "ベンチマーク用ポータル");
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                ("bench-portal:" + resident.secret()).getBytes(StandardCharsets.UTF_8));

        List<String> plans = QueryPlans.check(jdbc, logins.isEmpty() ? null : "8800000000");

        var base = "http://127.0.0.1:" + port;
        Load careManager = Load.run(THREADS, REQUESTS, thread -> careManagerSession(base, logins.get(thread),
                        () -> secondFactors.nextCode(CARE_MANAGER_REALM, logins.get(thread), secrets.get(logins.get(thread)))),
                (client, i) -> HttpRequest.newBuilder(URI.create(base + "/care-manager")).GET().build());
        Load residents = Load.run(THREADS, REQUESTS, thread -> HttpClient.newHttpClient(),
                (client, i) -> HttpRequest.newBuilder(URI.create(base + "/resident-api/v1/cases"))
                        .header("Authorization", basic)
                        .header("X-Insured-Number", SyntheticCases.insuredNumber(ThreadLocalRandom.current().nextLong(CASES)))
                        .GET().build());

        var report = BenchReport.start("4-progress", "4. Progress reads");
        report.row("cases in the database", String.format("%,d", total),
                String.format("%,d synthetic (bulk INSERT … SELECT generate_series, %.0f s) + the run's own", CASES, loadSeconds));
        report.row("care-manager list ms p50 / p99", f1(careManager.p50()) + " / " + f1(careManager.p99()),
                careManager.describe(THREADS, REQUESTS) + "; GET /care-manager, " + CLIENTS_PER_OFFICE
                        + " clients per office, each row audited");
        report.row("resident API ms p50 / p99", f1(residents.p50()) + " / " + f1(residents.p99()),
                residents.describe(THREADS, REQUESTS) + "; GET /resident-api/v1/cases, random person of the million");
        report.row("query plans", plans.stream().allMatch(p -> p.endsWith("index")) ? "all index scans" : "see note",
                String.join("; ", plans));
    }

    /** An HTTP client logged in to the care-manager portal (form login with CSRF token, then the TOTP code). */
    private static HttpClient careManagerSession(String base, String login, Supplier<String> code) {
        try {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            String form = "username=" + enc(login) + "&password=" + enc(PASSWORD);
            String location = submit(client, base, "/care-manager/login", form);
            if (!location.contains("/care-manager/login/second-factor")) {
                throw new IllegalStateException("care-manager password step failed: " + location);
            }
            location = submit(client, base, "/care-manager/login/second-factor", "code=" + enc(code.get()));
            if (location.contains("login")) {
                throw new IllegalStateException("care-manager second factor failed: " + location);
            }
            return client;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** GETs the form page for its CSRF token, POSTs the form, returns where the 302 goes. */
    private static String submit(HttpClient client, String base, String path, String form) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on " + path);
        }
        var response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(csrf.group(1)))).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.headers().firstValue("Location").orElse("");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A bounded load: each thread sends its share of the requests one after the other. */
    record Load(Percentiles latencies, double seconds, int errors) {

        interface RequestFactory {
            HttpRequest request(HttpClient client, int i);
        }

        static Load run(int threads, int requests, Function<Integer, HttpClient> clients, RequestFactory requestFactory)
                throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<HttpClient> perThread = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    perThread.add(clients.apply(t));
                }
                int warmup = Math.max(1, requests / threads / 10);
                long[] nanos = new long[requests];
                int[] errors = new int[1];
                long start = System.nanoTime();
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        HttpClient client = perThread.get(thread);
                        for (int w = 0; w < warmup; w++) {
                            send(client, requestFactory.request(client, -1));
                        }
                        for (int i = thread; i < requests; i += threads) {
                            long t0 = System.nanoTime();
                            int status = send(client, requestFactory.request(client, i));
                            nanos[i] = System.nanoTime() - t0;
                            if (status != 200) {
                                synchronized (errors) {
                                    errors[0]++;
                                }
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                return new Load(new Percentiles(nanos), (System.nanoTime() - start) / 1e9, errors[0]);
            } finally {
                pool.shutdownNow();
            }
        }

        private static int send(HttpClient client, HttpRequest request) throws Exception {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
        }

        double p50() {
            return latencies.ms(50);
        }

        double p99() {
            return latencies.ms(99);
        }

        String describe(int threads, int requests) {
            return requests + " requests from " + threads + " threads, " + f1(requests / seconds) + " req/s"
                    + (errors == 0 ? "" : ", " + errors + " not 200");
        }
    }

}
