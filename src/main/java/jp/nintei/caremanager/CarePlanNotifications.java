package jp.nintei.caremanager;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditLog;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.office.Office;
import jp.nintei.office.OfficeKind;
import jp.nintei.office.OfficeRegistry;
import jp.nintei.security.CurrentUser;
import jp.nintei.sharedinfo.CarePlanLink;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;
import jp.nintei.web.StateConflictException;

/**
 * 居宅サービス計画作成依頼届出, filed by the office (portal) or keyed in by staff from paper. A
 * person has one care-plan office at a time: a new office's notification ends the previous one
 * the day before it starts.
 */
@Service
public class CarePlanNotifications {

    static final String DOCUMENT = "居宅サービス計画作成依頼届出";
    static final int MAX_DAYS_BACK = 30;
    static final int MAX_DAYS_AHEAD = 60;

    private final CarePlanNotificationRepository notifications;
    private final OfficeRegistry offices;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    CarePlanNotifications(CarePlanNotificationRepository notifications, OfficeRegistry offices, AuditLog audit,
            CurrentUser currentUser, BusinessClock clock) {
        this.notifications = notifications;
        this.offices = offices;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public CarePlanNotification file(String officeNumber, InsuredPerson person, LocalDate startDate, LocalDate endDate) {
        Office office = carePlanOffice(officeNumber);
        checkDates(startDate, endDate);
        notifications.lockPerson(person);
        for (CarePlanNotification other : notifications.findByInsuredPersonOrderByStartDateDescIdDesc(person)) {
            if (!other.openOn(startDate)) {
                continue;
            }
            if (other.getOfficeNumber().equals(office.getOfficeNumber())) {
                throw new StateConflictException("この被保険者の届出は既に提出されています（開始日 " + other.getStartDate() + "）");
            }
            if (!other.getStartDate().isBefore(startDate)) {
                throw new StateConflictException("他の事業所の届出（開始日 " + other.getStartDate()
                        + "）があるため、この開始日では届出できません。開始日を確認してください");
            }
            other.end(startDate.minusDays(1), "他の事業所（" + office.getName() + "）の届出により終了", clock.now(),
                    currentUser.id());
        }
        var notification = notifications.save(new CarePlanNotification(office.getOfficeNumber(), person, startDate,
                endDate, clock.now(), currentUser.id()));
        audit.record(AuditAction.CREATE, null, person.getInsuredNumber(), DOCUMENT, "届出の受付",
                office.getOfficeNumber() + " " + startDate + "〜" + (endDate == null ? "" : endDate));
        return notification;
    }

    /** Ends a notification; {@code officeNumber} restricts it to that office's own (null for staff). */
    @Transactional
    public CarePlanNotification end(long id, String officeNumber, LocalDate endDate, String reason) {
        CarePlanNotification notification = notifications.findById(id)
                .filter(n -> officeNumber == null || n.getOfficeNumber().equals(officeNumber))
                .orElseThrow(() -> new NotFoundException("届出 " + id + " は見つかりません"));
        if (endDate == null || endDate.isBefore(notification.getStartDate())) {
            throw new InvalidInputException("endDate", "終了日は開始日（" + notification.getStartDate() + "）以降の日付を入力してください");
        }
        if (!notification.openOn(clock.today())) {
            throw new StateConflictException("この届出は既に終了しています（終了日 " + notification.getEndDate() + "）");
        }
        if (reason != null && reason.length() > 200) {
            throw new InvalidInputException("reason", "終了の理由は200文字以内で入力してください");
        }
        notification.end(endDate, reason == null || reason.isBlank() ? "届出の終了" : reason.strip(), clock.now(),
                currentUser.id());
        audit.record(AuditAction.UPDATE, null, notification.getInsuredPerson().getInsuredNumber(), DOCUMENT, "届出の終了",
                notification.getOfficeNumber() + " 終了日 " + endDate);
        return notification;
    }

    /** Whether a notification of the office covers the person on the day (DESIGN.md §4). */
    @Transactional(readOnly = true)
    public CarePlanLink link(String officeNumber, InsuredPerson person, LocalDate day) {
        List<CarePlanNotification> ours = notifications.findByOfficeNumberAndInsuredPersonOrderByStartDateDescIdDesc(
                officeNumber, person);
        if (ours.isEmpty()) {
            return CarePlanLink.NONE;
        }
        return ours.stream().anyMatch(n -> n.covers(day)) ? CarePlanLink.ACTIVE : CarePlanLink.ENDED;
    }

    @Transactional(readOnly = true)
    public List<CarePlanNotification> ofOffice(String officeNumber) {
        return notifications.findByOffice(officeNumber);
    }

    /** The office's notifications in force on the day: its current clients. */
    @Transactional(readOnly = true)
    public List<CarePlanNotification> activeOf(String officeNumber, LocalDate day) {
        return notifications.findByOffice(officeNumber).stream().filter(n -> n.covers(day)).toList();
    }

    @Transactional(readOnly = true)
    public List<CarePlanNotification> ofPerson(InsuredPerson person) {
        return notifications.findByInsuredPersonOrderByStartDateDescIdDesc(person);
    }

    private Office carePlanOffice(String officeNumber) {
        Office office = offices.find(officeNumber == null ? "" : officeNumber)
                .orElseThrow(() -> new InvalidInputException("officeNumber", "事業所番号 " + officeNumber + " は登録されていません"));
        if (office.getKind() != OfficeKind.CARE_PLAN_OFFICE) {
            throw new InvalidInputException("officeNumber",
                    "居宅サービス計画作成依頼届出は指定居宅介護支援事業者のみ提出できます（" + office.getName() + "）");
        }
        return office;
    }

    private void checkDates(LocalDate startDate, LocalDate endDate) {
        LocalDate today = clock.today();
        if (startDate == null || startDate.isBefore(today.minusDays(MAX_DAYS_BACK))
                || startDate.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new InvalidInputException("startDate", "開始日は" + MAX_DAYS_BACK + "日前から" + MAX_DAYS_AHEAD
                    + "日後までの日付を入力してください");
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidInputException("endDate", "終了日は開始日以降の日付を入力してください");
        }
    }
}
