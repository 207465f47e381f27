package jp.nintei.board.member;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditLog;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;

/** The register of board members and their portal passwords. */
@Service
public class BoardMembers {

    static final int PASSWORD_MIN_LENGTH = 10;
    static final Duration LOCK_DURATION = Duration.ofMinutes(30);

    /** bcrypt through Spring's delegating encoder, so stored hashes name their algorithm ({bcrypt}…). */
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final BoardMemberRepository members;
    private final AuditLog audit;
    private final BusinessClock clock;

    BoardMembers(BoardMemberRepository members, AuditLog audit, BusinessClock clock) {
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public BoardMember register(MemberRegistration registration) {
        var violations = registration.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        BoardMember member = members.findByLoginId(registration.loginId())
                .orElseGet(() -> new BoardMember(registration.loginId()));
        member.update(registration);
        member.replaceRelatives(registration.relatives());
        member = members.save(member);
        audit.record(AuditAction.UPDATE, null, null, "審査会委員", "委員情報の登録・更新", registration.loginId());
        return member;
    }

    @Transactional
    public void setPassword(String loginId, String rawPassword) {
        BoardMember member = get(loginId);
        if (rawPassword == null || rawPassword.length() < PASSWORD_MIN_LENGTH || rawPassword.equals(loginId)) {
            throw new InvalidInputException("password",
                    "パスワードは" + PASSWORD_MIN_LENGTH + "文字以上で、ログインIDと異なるものにしてください");
        }
        member.setPasswordHash(passwords.encode(rawPassword));
        audit.record(AuditAction.UPDATE, null, null, "審査会委員", "委員ポータルのパスワード設定", loginId);
    }

    /**
     * Checks a login attempt and counts failures. Runs in its own transaction so a failure is
     * counted even though the login request itself ends in an error.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = RuntimeException.class)
    public LoginCheck checkPassword(String loginId, String rawPassword) {
        Optional<BoardMember> found = members.findByLoginId(loginId);
        if (found.isEmpty() || found.get().getPasswordHash() == null || !found.get().isActive()) {
            return LoginCheck.REJECTED;
        }
        BoardMember member = found.get();
        if (member.isLockedAt(clock.now())) {
            return LoginCheck.LOCKED;
        }
        if (!passwords.matches(rawPassword, member.getPasswordHash())) {
            member.loginFailed(clock.now(), LOCK_DURATION);
            return member.isLockedAt(clock.now()) ? LoginCheck.LOCKED : LoginCheck.REJECTED;
        }
        member.loginSucceeded();
        return LoginCheck.ACCEPTED;
    }

    public enum LoginCheck {
        ACCEPTED, REJECTED, LOCKED
    }

    @Transactional(readOnly = true)
    public BoardMember get(String loginId) {
        return members.findByLoginId(loginId)
                .orElseThrow(() -> new NotFoundException("審査会委員「" + loginId + "」は登録されていません"));
    }

    @Transactional(readOnly = true)
    public Optional<BoardMember> find(String loginId) {
        return members.findByLoginId(loginId);
    }

    @Transactional(readOnly = true)
    public List<BoardMember> all() {
        return members.findAll(Sort.by("field", "name"));
    }
}
