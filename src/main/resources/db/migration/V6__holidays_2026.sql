-- The 2026 calendar ships with the application, so a production start has the days off that deadlines skip.
-- National holidays: SKB 3 Menteri 2025; joint leave (cuti bersama): Keppres 42/2025. Administrators edit the
-- table at run time (amendments), so rows already present are left alone.
insert into holiday (holiday_date, kind, name, legal_basis) values
 (date '2026-01-01', 'LIBUR_NASIONAL', 'Tahun Baru 2026 Masehi', 'SKB 3 Menteri 2025'),
 (date '2026-01-16', 'LIBUR_NASIONAL', 'Isra Mikraj Nabi Muhammad SAW', 'SKB 3 Menteri 2025'),
 (date '2026-02-17', 'LIBUR_NASIONAL', 'Tahun Baru Imlek 2577 Kongzili', 'SKB 3 Menteri 2025'),
 (date '2026-03-19', 'LIBUR_NASIONAL', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'SKB 3 Menteri 2025'),
 (date '2026-03-21', 'LIBUR_NASIONAL', 'Idulfitri 1447 Hijriah', 'SKB 3 Menteri 2025'),
 (date '2026-03-22', 'LIBUR_NASIONAL', 'Idulfitri 1447 Hijriah', 'SKB 3 Menteri 2025'),
 (date '2026-04-03', 'LIBUR_NASIONAL', 'Wafat Yesus Kristus', 'SKB 3 Menteri 2025'),
 (date '2026-04-05', 'LIBUR_NASIONAL', 'Kebangkitan Yesus Kristus (Paskah)', 'SKB 3 Menteri 2025'),
 (date '2026-05-01', 'LIBUR_NASIONAL', 'Hari Buruh Internasional', 'SKB 3 Menteri 2025'),
 (date '2026-05-14', 'LIBUR_NASIONAL', 'Kenaikan Yesus Kristus', 'SKB 3 Menteri 2025'),
 (date '2026-05-27', 'LIBUR_NASIONAL', 'Iduladha 1447 Hijriah', 'SKB 3 Menteri 2025'),
 (date '2026-05-31', 'LIBUR_NASIONAL', 'Hari Raya Waisak 2570 BE', 'SKB 3 Menteri 2025'),
 (date '2026-06-01', 'LIBUR_NASIONAL', 'Hari Lahir Pancasila', 'SKB 3 Menteri 2025'),
 (date '2026-06-16', 'LIBUR_NASIONAL', '1 Muharam Tahun Baru Islam 1448 Hijriah', 'SKB 3 Menteri 2025'),
 (date '2026-08-17', 'LIBUR_NASIONAL', 'Proklamasi Kemerdekaan Republik Indonesia', 'SKB 3 Menteri 2025'),
 (date '2026-08-25', 'LIBUR_NASIONAL', 'Maulid Nabi Muhammad SAW', 'SKB 3 Menteri 2025'),
 (date '2026-12-25', 'LIBUR_NASIONAL', 'Kelahiran Yesus Kristus', 'SKB 3 Menteri 2025'),
 (date '2026-02-16', 'CUTI_BERSAMA', 'Cuti bersama Tahun Baru Imlek', 'Keppres 42/2025'),
 (date '2026-03-18', 'CUTI_BERSAMA', 'Cuti bersama Hari Suci Nyepi', 'Keppres 42/2025'),
 (date '2026-03-20', 'CUTI_BERSAMA', 'Cuti bersama Idulfitri', 'Keppres 42/2025'),
 (date '2026-03-23', 'CUTI_BERSAMA', 'Cuti bersama Idulfitri', 'Keppres 42/2025'),
 (date '2026-03-24', 'CUTI_BERSAMA', 'Cuti bersama Idulfitri', 'Keppres 42/2025'),
 (date '2026-05-15', 'CUTI_BERSAMA', 'Cuti bersama Kenaikan Yesus Kristus', 'Keppres 42/2025'),
 (date '2026-05-28', 'CUTI_BERSAMA', 'Cuti bersama Iduladha', 'Keppres 42/2025'),
 (date '2026-12-24', 'CUTI_BERSAMA', 'Cuti bersama Kelahiran Yesus Kristus', 'Keppres 42/2025')
on conflict (holiday_date, kind) do nothing;
