package jp.nintei.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Who the staff are and which roles they hold; backed by the Camunda identity store. */
@Component
public class StaffDirectory {

    private final IdentityService identity;

    public StaffDirectory(IdentityService identity) {
        this.identity = identity;
    }

    public boolean hasRole(String userId, String role) {
        return identity.createUserQuery().userId(userId).memberOfGroup(Roles.groupId(role)).count() > 0;
    }

    public List<User> withRole(String role) {
        return identity.createUserQuery().memberOfGroup(Roles.groupId(role)).orderByUserId().asc().list();
    }

    public String displayName(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : (user.getLastName() + " " + user.getFirstName()).strip();
    }

    /** The user's mail address, or null when none is on record. */
    public String email(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail();
    }
}
