//! The medicine list: adding, stopping and removing against what is stored now.

use super::*;

#[test]
fn a_medicine_is_added_to_what_is_stored_now_and_removed_only_if_still_there() {
    // Another window added the statin after this page showed an empty list: adding the inhaler
    // to what is stored keeps both, in date order.
    let both = with_medicine(vec![statin()], inhaler()).expect("room");
    assert_eq!(both, vec![inhaler(), statin()]);
    assert_eq!(
        with_medicine(both.clone(), statin()),
        Ok(both.clone()),
        "not listed twice"
    );
    assert_eq!(
        without_medicine(both.clone(), &inhaler()),
        Ok(vec![statin()])
    );
    // Removed (or changed) elsewhere meanwhile: nothing is removed, and the page is told why.
    let mut changed = inhaler();
    changed.stopped = Some(date("2025-03-01"));
    for gone in [vec![statin()], vec![changed, statin()]] {
        let message = without_medicine(gone, &inhaler()).expect_err("not there any more");
        assert!(message.contains("another window"), "{message}");
        assert!(plain_words::grade(&[&message]) <= 8.0, "{message}");
    }
}

#[test]
fn a_full_medicine_list_refuses_one_more_so_it_can_always_be_read_back() {
    let full: Vec<MedicineCourse> = (0..MAX_MEDICINES)
        .map(|i| MedicineCourse {
            name: format!("Medicine {i}"),
            ..statin()
        })
        .collect();
    let message = with_medicine(full.clone(), inhaler()).expect_err("full");
    assert!(message.contains(&MAX_MEDICINES.to_string()), "{message}");
    assert!(plain_words::grade(&[&message]) <= 8.0, "{message}");
    assert_eq!(
        with_medicine(full.clone(), full[3].clone()),
        Ok(full.clone()),
        "a listed one is fine"
    );
    let one_less = without_medicine(
        full,
        &MedicineCourse {
            name: "Medicine 7".into(),
            ..statin()
        },
    )
    .unwrap();
    assert!(decode_medicines(&encode_medicines(
        &with_medicine(one_less, inhaler()).unwrap()
    ))
    .is_ok());
}

#[test]
fn a_stop_date_is_saved_on_what_is_stored_now_and_can_be_taken_back() {
    let on_the_day = date("2025-06-01");
    let listed = vec![inhaler(), statin()];
    let stop = stop_date("2025-03-01", statin().started, on_the_day).expect("a day in the course");
    let (stopped, done) = with_stop(listed.clone(), &statin(), stop).expect("still listed");
    assert_eq!(stopped.len(), 2);
    assert_eq!(stopped[1].stopped, Some(date("2025-03-01")));
    assert_eq!(stopped[0], inhaler(), "the others are untouched");
    assert!(done.contains("stopped Atorvastatin on"), "{done}");
    // Emptied again: the person still takes it.
    let (again, done) = with_stop(stopped.clone(), &stopped[1], None).expect("still listed");
    assert_eq!(again, listed);
    assert!(done.contains("still take Atorvastatin"), "{done}");
    assert!(plain_words::grade(&[&done]) <= 8.0, "{done}");
    // What opens the stop date says which it will be.
    assert_eq!(stop_prompt(&statin()), "Stopped taking Atorvastatin?");
    assert_eq!(
        stop_prompt(&stopped[1]),
        "Change when you stopped Atorvastatin"
    );
    // The same course already listed with that stop: one stays, not two.
    let (one, _) = with_stop(vec![statin(), stopped[1].clone()], &statin(), stop).unwrap();
    assert_eq!(one, vec![stopped[1].clone()]);
    // Removed or changed in another window meanwhile: nothing is written, and the page says why.
    let message = with_stop(vec![inhaler()], &statin(), stop).expect_err("gone");
    assert!(message.contains("another window"), "{message}");
}

#[test]
fn a_stop_date_is_checked_like_the_form_s() {
    let started = statin().started;
    let on_the_day = date("2025-06-01");
    assert_eq!(stop_date("  ", started, on_the_day), Ok(None));
    assert_eq!(
        stop_date("2025-01-10", started, on_the_day),
        Ok(Some(started))
    );
    for (typed, says) in [
        ("2025-01-09", "before the day you started"),
        ("2025-06-02", "cannot be after today"),
        ("1 March", "Stopped: Enter the date as year-month-day"),
    ] {
        let message = stop_date(typed, started, on_the_day).expect_err(typed);
        assert!(message.contains(says), "{typed}: {message}");
    }
}
