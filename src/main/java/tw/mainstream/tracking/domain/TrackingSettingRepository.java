package tw.mainstream.tracking.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TrackingSettingRepository extends JpaRepository<TrackingSetting, Long> {
}
