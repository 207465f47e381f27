package jp.nintei.caremanager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.insured.InsuredPerson;
import jp.nintei.insured.InsuredPersonRepository;
import jp.nintei.progress.ProgressService;
import jp.nintei.progress.PublicStatusView;
import jp.nintei.sharedinfo.CarePlanLink;
import jp.nintei.sharedinfo.ConsentPolicy;
import jp.nintei.sharedinfo.Section;
import jp.nintei.sharedinfo.SharedInfoStore;
import jp.nintei.sharedinfo.SharedInfoView;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;

/**
 * What an office sees of its clients: only persons its notification covers today, each case
 * through ConsentPolicy, every section read written to the audit log with the office's purpose.
 */
@Service
public class CareManagerPortal {

    static final String NOT_A_CLIENT = "この被保険者の情報は表示できません";

    private final CarePlanNotifications notifications;
    private final InsuredPersonRepository persons;
    private final SharedInfoStore store;
    private final ConsentPolicy consent;
    private final ProgressService progress;
    private final BusinessClock clock;

    CareManagerPortal(CarePlanNotifications notifications, InsuredPersonRepository persons, SharedInfoStore store,
            ConsentPolicy consent, ProgressService progress, BusinessClock clock) {
        this.notifications = notifications;
        this.persons = persons;
        this.store = store;
        this.consent = consent;
        this.progress = progress;
        this.clock = clock;
    }

    /** A client's page: the person, the notification and their cases as the office may see them. */
    public record ClientView(InsuredPerson person, CarePlanNotification notification, List<CaseView> cases) {
    }

    /** One case: the shared information, and the public state and timeline when progress may be seen. */
    public record CaseView(SharedInfoView info, PublicStatusView current, List<PublicStatusView> timeline) {
    }

    @Transactional
    public List<ClientCaseRow> clientCases(CareManagerPrincipal me, CaseSort sort, boolean descending) {
        LocalDate today = clock.today();
        List<CarePlanNotification> clients = notifications.activeOf(me.officeNumber(), today);
        Map<String, List<SharedInfoView>> views = store.read(
                clients.stream().map(n -> n.getInsuredPerson().getInsuredNumber()).toList(),
                facts -> consent.forCarePlanOffice(facts, CarePlanLink.ACTIVE),
                EnumSet.of(Section.PROGRESS, Section.APPLICATION), purpose(me, "利用者一覧"));
        List<ClientCaseRow> rows = new ArrayList<>();
        for (CarePlanNotification n : clients) {
            InsuredPerson person = n.getInsuredPerson();
            List<SharedInfoView> cases = views.getOrDefault(person.getInsuredNumber(), List.of());
            if (cases.isEmpty()) {
                rows.add(row(person, n, null, today));
            }
            cases.forEach(v -> rows.add(row(person, n, v, today)));
        }
        rows.sort(sort.comparator(descending));
        return rows;
    }

    @Transactional
    public ClientView client(CareManagerPrincipal me, String insuredNumber) {
        InsuredPerson person = person(insuredNumber);
        LocalDate today = clock.today();
        CarePlanLink link = notifications.link(me.officeNumber(), person, today);
        if (link == CarePlanLink.NONE) {
            throw new NotFoundException(NOT_A_CLIENT);
        }
        if (link == CarePlanLink.ENDED) {
            throw new AccessEndedException();
        }
        CarePlanNotification notification = notifications.activeOf(me.officeNumber(), today).stream()
                .filter(n -> n.getInsuredPerson().getId().equals(person.getId())).findFirst().orElseThrow();
        List<CaseView> cases = store.read(insuredNumber, facts -> consent.forCarePlanOffice(facts, link),
                        SharedInfoStore.all(), purpose(me, "利用者の認定情報"))
                .stream()
                .map(this::caseView)
                .toList();
        return new ClientView(person, notification, cases);
    }

    /** The person behind an insured number, if the birth date given matches (a check the office can pass). */
    @Transactional(readOnly = true)
    public InsuredPerson identify(String insuredNumber, LocalDate birthDate) {
        return persons.findByInsuredNumber(insuredNumber == null ? "" : insuredNumber)
                .filter(p -> p.getBirthDate().equals(birthDate))
                .orElseThrow(() -> new InvalidInputException("insuredNumber",
                        "被保険者番号と生年月日が一致する被保険者が見つかりません。被保険者証を確認してください"));
    }

    @Transactional
    public CarePlanNotification fileNotification(CareManagerPrincipal me, String insuredNumber, LocalDate birthDate,
            LocalDate startDate) {
        return notifications.file(me.officeNumber(), identify(insuredNumber, birthDate), startDate, null);
    }

    private CaseView caseView(SharedInfoView v) {
        if (v.progress() == null) {
            return new CaseView(v, null, List.of());
        }
        var p = progress.of(v.caseId());
        return new CaseView(v, p.current(), p.timeline());
    }

    private InsuredPerson person(String insuredNumber) {
        return persons.findByInsuredNumber(insuredNumber).orElseThrow(() -> new NotFoundException(NOT_A_CLIENT));
    }

    private static String purpose(CareManagerPrincipal me, String what) {
        return "居宅サービス計画作成のための確認：" + what + "（" + me.officeName() + " " + me.officeNumber() + "）";
    }

    private static ClientCaseRow row(InsuredPerson person, CarePlanNotification n, SharedInfoView v, LocalDate today) {
        if (v == null) {
            return new ClientCaseRow(person.getInsuredNumber(), person.getName(), person.getNameKana(), n.getStartDate(),
                    n.getEndDate(), null, null, null, null, null, null, null, null, false, null);
        }
        var application = v.application();
        var p = v.progress();
        String withheld = v.withheld().stream().filter(w -> w.section() == Section.PROGRESS)
                .map(SharedInfoView.Withheld::reason).findFirst().orElse(null);
        return new ClientCaseRow(person.getInsuredNumber(), person.getName(), person.getNameKana(), n.getStartDate(),
                n.getEndDate(), v.caseId(), application == null ? null : application.applicationTypeLabel(),
                application == null ? null : application.receivedDate(), p == null ? null : p.state(),
                p == null ? null : p.label(), p == null ? null : p.expectedDate(), p == null ? null : p.expectedLabel(),
                p == null ? null : p.decisionExpectedDate(), overdue(v, today), withheld);
    }

    private static boolean overdue(SharedInfoView v, LocalDate today) {
        return v.progress() != null && v.progress().expectedDate() != null && v.progress().expectedDate().isBefore(today);
    }
}
