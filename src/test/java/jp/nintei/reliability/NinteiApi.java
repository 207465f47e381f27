package jp.nintei.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The app's staff API and Camunda's engine REST API over HTTP Basic, as an integration system
 * (API client) calls them. A node that is down or dies mid-request throws IOException: the
 * caller cannot know whether the request took effect and finds out from the state afterwards.
 */
final class NinteiApi {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    record Response(int status, JsonNode body, String text) {

        boolean ok() {
            return status / 100 == 2;
        }
    }

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    NinteiApi(String baseUrl, String clientId, String secret) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    String baseUrl() {
        return baseUrl;
    }

    Response get(String path) throws IOException, InterruptedException {
        return send(request(path).GET(), Map.of());
    }

    Response post(String path, Object body) throws IOException, InterruptedException {
        return send(request(path).POST(json(body)), Map.of());
    }

    Response put(String path, Object body, Map<String, String> headers) throws IOException, InterruptedException {
        return send(request(path).PUT(json(body)), headers);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private static HttpRequest.BodyPublisher json(Object body) throws IOException {
        return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
    }

    private Response send(HttpRequest.Builder builder, Map<String, String> headers)
            throws IOException, InterruptedException {
        builder.header("Content-Type", "application/json");
        headers.forEach(builder::header);
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode body;
        try {
            body = text == null || text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
        } catch (IOException notJson) {
            body = MissingNode.getInstance();
        }
        return new Response(response.statusCode(), body, text);
    }
}
