package jp.nintei.sharedinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nintei.application.ApplicantKind;
import jp.nintei.application.ApplicationType;
import jp.nintei.application.IntakeRequest;
import jp.nintei.application.IntakeService;
import jp.nintei.outbox.OutboxDispatcher;
import jp.nintei.outbox.OutboxEvent;
import jp.nintei.outbox.OutboxEventRepository;
import jp.nintei.outbox.OutboxProperties;
import jp.nintei.security.Roles;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * Webhook delivery of the shared-info store to real HTTP receivers on local ports: nothing is
 * sent inside the case's transactions; a failing subscriber is retried with backoff until it
 * recovers while the other one receives everything at once; a lost acknowledgement causes a
 * repeat that the receiver's idempotency makes harmless; every request carries a valid
 * HMAC-SHA256 signature; dead letters are seen and replayed through /api/admin/outbox.
 */
@ProcessTest
@AutoConfigureMockMvc
class WebhookDeliveryTest {

    @Autowired WebhookSubscriptions subscriptions;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired OutboxEventRepository outbox;
    @Autowired OutboxProperties outboxProperties;
    @Autowired CaseDriver cases;
    @Autowired IntakeService intake;
    @Autowired TestData data;
    @Autowired BusinessClock clock;
    @Autowired ObjectMapper json;
    @Autowired MockMvc mvc;
    @Autowired SharedRecordRepository records;

    final List<Long> registered = new ArrayList<>();
    final List<WebhookReceiver> receivers = new ArrayList<>();

    @BeforeEach
    void drainEarlierDeliveries() {
        ClockUtil.setCurrentTime(new Date());
        dispatcher.runOnce();
    }

    @AfterEach
    void stopSubscribers() {
        registered.forEach(subscriptions::deactivate);
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void aFailingSubscriberIsRetriedUntilItRecoversAndTheOtherIsNotHeldUp() throws Exception {
        WebhookReceiver healthy = receiver(Audience.INSURER);
        WebhookReceiver flaky = receiver(Audience.INSURER);
        flaky.downFor(2);
        String caseId = newCase();
        cases.confirmIntake(caseId);
        cases.completeSurvey(caseId);

        assertThat(healthy.requests()).as("nothing is sent inside the case's transactions").isEmpty();
        List<String> healthyKeys = keys(caseId, healthy);
        List<String> flakyKeys = keys(caseId, flaky);
        assertThat(healthyKeys).hasSizeGreaterThanOrEqualTo(3).hasSameSizeAs(flakyKeys);

        dispatcher.runOnce();
        assertThat(healthy.applied()).containsOnlyKeys(healthyKeys);
        assertThat(flaky.applied()).hasSize(flakyKeys.size() - 2);

        advance(outboxProperties.initialBackoff());
        dispatcher.runOnce();
        assertThat(flaky.applied()).as("nothing lost").containsOnlyKeys(flakyKeys);
        assertThat(flaky.requests()).hasSize(flakyKeys.size() + 2);
        assertThat(healthy.requests()).as("the healthy one was delivered to once per event").hasSize(healthyKeys.size());
        for (WebhookReceiver r : List.of(healthy, flaky)) {
            assertThat(r.requests()).allMatch(WebhookReceiver.Request::signatureValid);
            assertThat(revisions(r)).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, healthyKeys.size()).boxed().toList());
        }
        assertThat(outbox.findByCaseIdOrderByIdAsc(caseId)).filteredOn(e -> e.getTopic().equals("webhook"))
                .allMatch(e -> e.getStatus() == OutboxEvent.Status.DELIVERED);
    }

    @Test
    void aLostAcknowledgementIsDeliveredAgainWithoutASecondEffect() throws Exception {
        WebhookReceiver receiver = receiver(Audience.INSURER);
        receiver.loseAcknowledgementFor(1);
        String caseId = newCase();
        String key = keys(caseId, receiver).get(0);

        dispatcher.runOnce();
        assertThat(event(key).getStatus()).isEqualTo(OutboxEvent.Status.PENDING);
        advance(outboxProperties.initialBackoff());
        dispatcher.runOnce();

        assertThat(receiver.requests()).extracting(WebhookReceiver.Request::idempotencyKey).containsExactly(key, key);
        assertThat(receiver.applied()).containsOnlyKeys(key);
        assertThat(event(key).getStatus()).isEqualTo(OutboxEvent.Status.DELIVERED);
    }

    @Test
    void operatorsSeeTheDeadLetterAndReplayItOnceTheSubscriberIsBack() throws Exception {
        WebhookReceiver receiver = receiver(Audience.INSURER);
        receiver.downFor(Integer.MAX_VALUE);
        String caseId = newCase();
        String key = keys(caseId, receiver).get(0);
        for (int attempt = 0; attempt < outboxProperties.maxAttempts(); attempt++) {
            dispatcher.runOnce();
            advance(outboxProperties.maxBackoff());
        }
        OutboxEvent dead = event(key);
        assertThat(dead.getStatus()).isEqualTo(OutboxEvent.Status.DEAD);
        assertThat(dead.getLastError()).contains("HTTP 503");

        String admin = data.user("webhook.admin", Roles.ADMIN);
        String list = mvc.perform(get("/api/admin/outbox/dead-letters").with(user(admin).roles(Roles.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains(key).doesNotContain("insuredNumber");

        receiver.downFor(0);
        mvc.perform(post("/api/admin/outbox/dead-letters/" + dead.getId() + "/replay").with(user(admin).roles(Roles.ADMIN)))
                .andExpect(status().isOk());
        dispatcher.runOnce();
        assertThat(receiver.applied()).containsOnlyKeys(key);
        assertThat(event(key).getStatus()).isEqualTo(OutboxEvent.Status.DELIVERED);
    }

    @Test
    void afterARotationDeliveriesAreSignedWithTheNewSecret() throws Exception {
        WebhookReceiver receiver = receiver(Audience.INSURER);
        long id = registered.get(0);
        String newSecret = subscriptions.rotateSecret(id).secret();
        String caseId = newCase();
        String key = keys(caseId, receiver).get(0);

        dispatcher.runOnce(); // the receiver still holds the old secret: it refuses
        assertThat(receiver.requests()).singleElement().satisfies(r -> assertThat(r.signatureValid()).isFalse());
        assertThat(receiver.applied()).isEmpty();

        receiver.secret(newSecret);
        advance(outboxProperties.initialBackoff());
        dispatcher.runOnce();
        assertThat(receiver.applied()).containsOnlyKeys(key);
        var request = receiver.requests().get(1);
        assertThat(WebhookSignature.verify(newSecret, request.body().getBytes(StandardCharsets.UTF_8), request.signature()))
                .isTrue();
        assertThat(WebhookSignature.verify(newSecret, (request.body() + " ").getBytes(StandardCharsets.UTF_8),
                request.signature())).as("a changed body does not verify").isFalse();
    }

    @Test
    void anExternalSubscriberReceivesOnlyWhatTheConsentsRelease() throws Exception {
        WebhookReceiver external = receiver(Audience.EXTERNAL);
        String withoutConsent = newCase(false);
        String withConsent = newCase(true);
        assertThat(keys(withoutConsent, external)).as("no consent, nothing leaves the insurer").isEmpty();
        assertThat(keys(withConsent, external)).hasSize(1);

        dispatcher.runOnce();
        JsonNode record = json.readTree(external.applied().values().iterator().next()).get("record");
        assertThat(record.get("caseId").asText()).isEqualTo(withConsent);
        assertThat(record.get("progress").get("state").asText()).isEqualTo("RECEIVED");
        assertThat(record.get("decision").isNull()).isTrue();
        assertThat(record.get("withheld").findValuesAsText("section")).contains("OPINION", "DECISION");
    }

    @Test
    void aDeactivatedSubscriberGetsNothingMore() throws Exception {
        WebhookReceiver receiver = receiver(Audience.INSURER);
        String caseId = newCase();
        subscriptions.deactivate(registered.get(0));
        cases.confirmIntake(caseId);
        assertThat(keys(caseId, receiver)).hasSize(1);
        dispatcher.runOnce();
        assertThat(receiver.requests()).as("queued before deactivation, dropped at delivery").isEmpty();
    }

    @Test
    void aSubscriberRegisteredLaterIsResentTheCurrentRecordsOnceAsTheConsentsAllow() throws Exception {
        String withoutConsent = newCase(false);
        String withConsent = newCase(true);
        cases.confirmIntake(withConsent);
        WebhookReceiver external = receiver(Audience.EXTERNAL);
        assertThat(keys(withConsent, external)).as("nothing is sent until asked").isEmpty();
        String admin = data.user("webhook.admin", Roles.ADMIN);

        JsonNode first = resync(admin);
        assertThat(keys(withoutConsent, external)).as("no consent, nothing leaves the insurer").isEmpty();
        int current = records.findById(withConsent).orElseThrow().getRevision();
        assertThat(current).isGreaterThan(1);
        assertThat(keys(withConsent, external)).as("only the current revision")
                .containsExactly("webhook:" + registered.get(0) + ":" + withConsent + ":" + current);
        assertThat(first.get("queued").asInt()).isPositive();
        assertThat(first.get("withheld").asInt()).isPositive();
        JsonNode second = resync(admin);
        assertThat(second.get("queued").asInt()).as("running it again sends nothing new").isZero();
        assertThat(second.get("alreadyQueued").asInt())
                .isEqualTo(first.get("queued").asInt() + first.get("alreadyQueued").asInt());

        dispatcher.runOnce();
        assertThat(external.applied()).containsKey(keys(withConsent, external).get(0));
        assertThat(external.requests()).allMatch(WebhookReceiver.Request::signatureValid);
    }

    @Test
    void aStoppedSubscriberCannotBeResent() throws Exception {
        receiver(Audience.INSURER);
        long id = registered.get(0);
        subscriptions.deactivate(id);
        String admin = data.user("webhook.admin", Roles.ADMIN);
        mvc.perform(post("/api/shared-info/webhooks/" + id + "/resync").with(user(admin).roles(Roles.ADMIN)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/shared-info/webhooks/999999/resync").with(user(admin).roles(Roles.ADMIN)))
                .andExpect(status().isNotFound());
    }

    private JsonNode resync(String admin) throws Exception {
        long id = registered.get(registered.size() - 1);
        String body = mvc.perform(post("/api/shared-info/webhooks/" + id + "/resync").with(user(admin).roles(Roles.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private WebhookReceiver receiver(Audience audience) throws Exception {
        WebhookReceiver receiver = new WebhookReceiver();
        receivers.add(receiver);
        var r = subscriptions.register("テスト受信 " + receivers.size(), receiver.url(), audience);
        receiver.secret(r.secret());
        registered.add(r.subscription().getId());
        return receiver;
    }

    private String newCase() {
        return newCase(true);
    }

    private String newCase(boolean consent) {
        LocalDate today = clock.today();
        return intake.receive(new IntakeRequest(data.elderly(today).getInsuredNumber(), ApplicationType.NEW, today,
                ApplicantKind.SELF, null, null, null, consent, null, "主治医 一郎", "テスト病院")).getCaseId();
    }

    /** The idempotency keys queued for this receiver's subscription, oldest first. */
    private List<String> keys(String caseId, WebhookReceiver receiver) {
        long id = registered.get(receivers.indexOf(receiver));
        return outbox.findByCaseIdOrderByIdAsc(caseId).stream()
                .map(OutboxEvent::getIdempotencyKey)
                .filter(k -> k.startsWith("webhook:" + id + ":"))
                .toList();
    }

    private List<Integer> revisions(WebhookReceiver receiver) throws Exception {
        List<Integer> revisions = new ArrayList<>();
        for (String body : receiver.applied().values()) {
            revisions.add(json.readTree(body).get("record").get("revision").asInt());
        }
        return revisions;
    }

    private OutboxEvent event(String key) {
        return outbox.findAll().stream().filter(e -> e.getIdempotencyKey().equals(key)).findFirst().orElseThrow();
    }

    private static void advance(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
    }
}
