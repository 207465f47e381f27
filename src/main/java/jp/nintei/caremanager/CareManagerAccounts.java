package jp.nintei.caremanager;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.office.Office;
import jp.nintei.office.OfficeKind;
import jp.nintei.office.OfficeRegistry;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;
import jp.nintei.web.StateConflictException;

/** Office accounts: created by administrators, checked at login, locked after repeated failures. */
@Service
public class CareManagerAccounts {

    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern LOGIN_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    private final CareManagerAccountRepository accounts;
    private final OfficeRegistry offices;
    private final CurrentUser currentUser;
    private final BusinessClock clock;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    /** Compared against when the login id is unknown, so that the answer takes as long either way. */
    private final String dummyHash = encoder.encode("no such account");

    CareManagerAccounts(CareManagerAccountRepository accounts, OfficeRegistry offices, CurrentUser currentUser,
            BusinessClock clock) {
        this.accounts = accounts;
        this.offices = offices;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** How a login attempt ended; failures are counted even though the caller then refuses. */
    public sealed interface LoginResult {
        record Success(CareManagerPrincipal principal) implements LoginResult {
        }

        record Refused() implements LoginResult {
        }

        record Locked() implements LoginResult {
        }
    }

    @Transactional
    public CareManagerAccount create(String officeNumber, String loginId, String displayName, String password) {
        Office office = carePlanOffice(officeNumber);
        if (loginId == null || !LOGIN_ID.matcher(loginId).matches()) {
            throw new InvalidInputException("loginId", "ログインIDは英小文字・数字・記号（. _ -）の3〜50文字で入力してください");
        }
        if (accounts.findByLoginId(loginId).isPresent()) {
            throw new StateConflictException("ログインID「" + loginId + "」は既に使われています");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new InvalidInputException("displayName", "担当者名を100文字以内で入力してください");
        }
        return accounts.save(new CareManagerAccount(loginId, office.getOfficeNumber(), displayName.strip(),
                encoder.encode(checkPassword(password)), clock.now(), currentUser.id()));
    }

    @Transactional
    public void changePassword(String loginId, String password) {
        get(loginId).changePassword(encoder.encode(checkPassword(password)));
    }

    @Transactional
    public CareManagerAccount deactivate(String loginId) {
        CareManagerAccount account = get(loginId);
        account.deactivate();
        return account;
    }

    @Transactional(readOnly = true)
    public List<CareManagerAccount> list(String officeNumber) {
        return officeNumber == null ? accounts.findAllByOrderByOfficeNumberAscLoginIdAsc()
                : accounts.findByOfficeNumberOrderByLoginId(officeNumber);
    }

    /** Checks a login; a wrong password counts towards the lock, a right one resets the count. */
    @Transactional(noRollbackFor = RuntimeException.class)
    public LoginResult login(String loginId, String password) {
        Optional<CareManagerAccount> found = loginId == null ? Optional.empty() : accounts.findByLoginId(loginId);
        if (found.isEmpty() || !found.get().isActive()) {
            encoder.matches(password == null ? "" : password, dummyHash);
            return new LoginResult.Refused();
        }
        CareManagerAccount account = found.get();
        if (account.isLocked(clock.now())) {
            return new LoginResult.Locked();
        }
        if (password == null || !encoder.matches(password, account.getPasswordHash())) {
            account.failedLogin(clock.now(), MAX_FAILED_LOGINS, LOCK);
            return account.isLocked(clock.now()) ? new LoginResult.Locked() : new LoginResult.Refused();
        }
        Optional<Office> office = offices.find(account.getOfficeNumber())
                .filter(o -> o.getKind() == OfficeKind.CARE_PLAN_OFFICE);
        if (office.isEmpty()) {
            return new LoginResult.Refused();
        }
        account.loggedIn(clock.now());
        return new LoginResult.Success(principal(account, office.get()));
    }

    /**
     * The principal of an account that may still log in (active, its office still a care-plan
     * office): the second login step reads it again, as the account may have changed since the
     * password was checked.
     */
    @Transactional(readOnly = true)
    public Optional<CareManagerPrincipal> activePrincipal(String loginId) {
        return (loginId == null ? Optional.<CareManagerAccount>empty() : accounts.findByLoginId(loginId))
                .filter(CareManagerAccount::isActive)
                .flatMap(account -> offices.find(account.getOfficeNumber())
                        .filter(o -> o.getKind() == OfficeKind.CARE_PLAN_OFFICE)
                        .map(office -> principal(account, office)));
    }

    private static CareManagerPrincipal principal(CareManagerAccount account, Office office) {
        return new CareManagerPrincipal(account.getId(), account.getLoginId(), account.getDisplayName(),
                account.getOfficeNumber(), office.getName());
    }

    private Office carePlanOffice(String officeNumber) {
        Office office = offices.find(officeNumber == null ? "" : officeNumber)
                .orElseThrow(() -> new InvalidInputException("officeNumber", "事業所番号 " + officeNumber + " は登録されていません"));
        if (office.getKind() != OfficeKind.CARE_PLAN_OFFICE) {
            throw new InvalidInputException("officeNumber", "事業所 " + office.getName() + " は指定居宅介護支援事業者ではありません");
        }
        return office;
    }

    private static String checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 128
                || !password.matches(".*[A-Za-z].*") || !password.matches(".*[0-9].*")) {
            throw new InvalidInputException("password",
                    "パスワードは英字と数字を含む" + MIN_PASSWORD_LENGTH + "文字以上（128文字以内）で入力してください");
        }
        return password;
    }

    private CareManagerAccount get(String loginId) {
        return accounts.findByLoginId(loginId)
                .orElseThrow(() -> new NotFoundException("ログインID「" + loginId + "」のアカウントはありません"));
    }
}
