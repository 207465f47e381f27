package jp.nintei.board;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceRepository extends JpaRepository<Attendance, Attendance.Key> {

    List<Attendance> findByIdSessionId(Long sessionId);
}
