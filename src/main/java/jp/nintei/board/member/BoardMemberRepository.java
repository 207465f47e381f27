package jp.nintei.board.member;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardMemberRepository extends JpaRepository<BoardMember, Long> {

    Optional<BoardMember> findByLoginId(String loginId);
}
