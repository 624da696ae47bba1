using System.Globalization;

namespace Astro.Debris.Time;

/// <summary>
/// A UTC instant stored as a two-part Julian date: the Julian date of the preceding midnight (always
/// ending in .5) plus the fraction of the day elapsed since it. The split keeps the sub-millisecond
/// precision of TLE epochs (1e-8 day) that a single double Julian date would lose.
/// </summary>
/// <remarks>
/// UTC is treated as a uniform time scale (leap seconds are not modelled), as in the SGP4 reference.
/// Values are immutable and compare by instant. <c>default(Epoch)</c> is Julian date 0 and is not a useful instant;
/// build epochs with the factory methods or <see cref="Parse"/>.
/// </remarks>
public readonly struct Epoch : IEquatable<Epoch>, IComparable<Epoch>
{
    /// <summary>Julian date of 1949-12-31 00:00 UTC, the origin SGP4 uses for its epoch argument.</summary>
    public const double Sgp4EpochOrigin = 2433281.5;

    /// <summary>Julian date of 2000-01-01 12:00 (J2000.0).</summary>
    public const double J2000 = 2451545.0;

    private readonly double _midnight;
    private readonly double _fraction;

    private Epoch(double midnight, double fraction)
    {
        _midnight = midnight;
        _fraction = fraction;
    }

    /// <summary>Julian date of the UTC midnight that starts this instant's day (ends in .5).</summary>
    public double JulianDayMidnight => _midnight;

    /// <summary>Fraction of the UTC day elapsed since <see cref="JulianDayMidnight"/>, in [0, 1).</summary>
    public double DayFraction => _fraction;

    /// <summary>The Julian date as one double (loses precision below ~20 µs).</summary>
    public double ToJulianDate() => _midnight + _fraction;

    /// <summary>Days since J2000.0 (2000-01-01 12:00) as one double, computed from the two parts.</summary>
    public double DaysSinceJ2000 => (_midnight - J2000) + _fraction;

    /// <summary>
    /// Builds an epoch from a two-part Julian date. The parts may be split any way; they are
    /// renormalised so that the whole part is a midnight and the fraction lies in [0, 1).
    /// </summary>
    /// <param name="whole">First part, e.g. the Julian date at midnight.</param>
    /// <param name="fraction">Second part, in days.</param>
    public static Epoch FromJulianDate(double whole, double fraction = 0.0)
    {
        Preconditions.CheckFinite(whole, nameof(whole));
        Preconditions.CheckFinite(fraction, nameof(fraction));
        // Move the whole part onto a midnight (x.5).
        double midnight = Math.Floor(whole - 0.5) + 0.5;
        double frac = (whole - midnight) + fraction;
        double shift = Math.Floor(frac);
        midnight += shift;
        frac -= shift;
        if (frac >= 1.0) { midnight += 1.0; frac = 0.0; }
        return new Epoch(midnight, frac);
    }

    /// <summary>
    /// Builds an epoch from a TLE epoch: a full year and a day of year with fraction (1.0 = 1 January 00:00).
    /// Day 366 of a non-leap year is accepted and means 1 January of the next year, as in the reference.
    /// The conversion follows the SGP4 reference (month/day/h/m/s split, then the calendar Julian date),
    /// so that <c>JulianDayMidnight + DayFraction</c> equals the reference's jdsatepoch + jdsatepochF.
    /// Leap years follow the reference's <c>year % 4</c> rule, which is exact for 1901–2099 (all TLE years).
    /// </summary>
    /// <param name="year">Full year (e.g. 2021).</param>
    /// <param name="dayOfYear">Day of year with fraction, in [1, 367).</param>
    public static Epoch FromTleEpoch(int year, double dayOfYear)
    {
        if (year < 1900 || year > 2999) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be in 1900..2999.");
        if (!(dayOfYear >= 0.0 && dayOfYear < 367.0)) throw new ArgumentOutOfRangeException(nameof(dayOfYear), dayOfYear, "Day of year must be in [0, 367).");
        int wholeDay = (int)Math.Floor(dayOfYear);
        Span<int> monthLengths = stackalloc int[] { 31, (year % 4 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        int month = 1, daysBefore = 0;
        while (wholeDay > daysBefore + monthLengths[month - 1] && month < 12)
        {
            daysBefore += monthLengths[month - 1];
            month++;
        }
        int day = wholeDay - daysBefore;
        double temp = (dayOfYear - wholeDay) * 24.0;
        double hour = Math.Floor(temp);
        temp = (temp - hour) * 60.0;
        double minute = Math.Floor(temp);
        double second = (temp - minute) * 60.0;
        double jd = 367.0 * year - Math.Floor(7 * (year + Math.Floor((month + 9) / 12.0)) * 0.25)
                    + Math.Floor(275 * month / 9.0) + day + 1721013.5;
        double frac = (second + minute * 60.0 + hour * 3600.0) / 86400.0;
        return FromJulianDate(jd, frac);
    }

    /// <summary>Builds an epoch from UTC calendar fields.</summary>
    public static Epoch FromCalendar(int year, int month, int day, int hour = 0, int minute = 0, double second = 0.0)
    {
        if (month < 1 || month > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1..12.");
        if (day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month)) throw new ArgumentOutOfRangeException(nameof(day), day, "Day is outside the month.");
        if (hour < 0 || hour > 23) throw new ArgumentOutOfRangeException(nameof(hour), hour, "Hour must be 0..23.");
        if (minute < 0 || minute > 59) throw new ArgumentOutOfRangeException(nameof(minute), minute, "Minute must be 0..59.");
        if (!(second >= 0.0 && second < 61.0)) throw new ArgumentOutOfRangeException(nameof(second), second, "Second must be in [0, 61).");
        return FromJulianDate(JulianDayNumberAtMidnight(year, month, day), (hour * 3600.0 + minute * 60.0 + second) / 86400.0);
    }

    /// <summary>Builds an epoch from a <see cref="DateTime"/> (Unspecified kind is taken as UTC; Local is converted).</summary>
    public static Epoch FromDateTime(DateTime dateTime)
    {
        if (dateTime.Kind == DateTimeKind.Local) dateTime = dateTime.ToUniversalTime();
        long ticksOfDay = dateTime.TimeOfDay.Ticks;
        return FromJulianDate(JulianDayNumberAtMidnight(dateTime.Year, dateTime.Month, dateTime.Day), ticksOfDay / (double)TimeSpan.TicksPerDay);
    }

    /// <summary>Converts to a UTC <see cref="DateTime"/>, rounded to the nearest tick (100 ns).</summary>
    public DateTime ToDateTime()
    {
        var (y, m, d) = CalendarDate(_midnight);
        long ticks = (long)Math.Round(_fraction * TimeSpan.TicksPerDay);
        return new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Utc).AddTicks(ticks);
    }

    /// <summary>The TLE epoch fields: full year and day of year with fraction (1.0 = 1 January 00:00).</summary>
    public (int Year, double DayOfYear) ToTleEpoch()
    {
        var (y, _, _) = CalendarDate(_midnight);
        double jan1 = JulianDayNumberAtMidnight(y, 1, 1);
        return (y, (_midnight - jan1) + 1.0 + _fraction);
    }

    /// <summary>This instant shifted by a number of days.</summary>
    public Epoch AddDays(double days) => Shift(days, 1.0);

    /// <summary>This instant shifted by a number of minutes.</summary>
    public Epoch AddMinutes(double minutes) => Shift(minutes, 1440.0);

    /// <summary>This instant shifted by a number of seconds.</summary>
    public Epoch AddSeconds(double seconds) => Shift(seconds, 86400.0);

    // Whole days go to the midnight part and only the remainder is added to the fraction, so that a long
    // shift does not cost the fraction its precision (adding 10000.1 days to a fraction would round it to ~1e-12 day).
    private Epoch Shift(double amount, double unitsPerDay)
    {
        Preconditions.CheckFinite(amount, nameof(amount));
        double wholeUnits = Math.Truncate(amount / unitsPerDay) * unitsPerDay; // a whole number of days, in units
        double wholeDays = wholeUnits / unitsPerDay;
        double restDays = (amount - wholeUnits) / unitsPerDay;
        return FromJulianDate(_midnight + wholeDays, _fraction + restDays);
    }

    /// <summary>Minutes from <paramref name="origin"/> to this instant (SGP4's tsince when origin is the element epoch).</summary>
    public double MinutesSince(Epoch origin) => ((_midnight - origin._midnight) + (_fraction - origin._fraction)) * 1440.0;

    /// <summary>Seconds from <paramref name="origin"/> to this instant.</summary>
    public double SecondsSince(Epoch origin) => ((_midnight - origin._midnight) + (_fraction - origin._fraction)) * 86400.0;

    /// <summary>
    /// Parses an ISO-8601 UTC time: <c>yyyy-MM-ddTHH:mm:ss[.fff…][Z|+00:00]</c>, the day-of-year form
    /// <c>yyyy-DDDTHH:mm:ss…</c>, or a date alone. A space may replace the <c>T</c>. Offsets other than zero are refused.
    /// </summary>
    /// <exception cref="FormatException">The text is not such a time.</exception>
    public static Epoch Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var epoch, out string? error))
            throw new FormatException($"'{text}' is not an ISO-8601 UTC time ({error}); expected e.g. 2021-11-15T02:47:00Z.");
        return epoch;
    }

    /// <summary>Parses like <see cref="Parse"/>, returning false instead of throwing.</summary>
    public static bool TryParse(string? text, out Epoch epoch) => TryParse(text, out epoch, out _);

    internal static bool TryParse(string? text, out Epoch epoch, out string? error)
    {
        epoch = default;
        error = null;
        if (text is null) { error = "no text"; return false; }
        ReadOnlySpan<char> s = text.AsSpan().Trim();
        int pos = 0;
        if (!ReadDigits(s, ref pos, 4, out int year)) { error = "year must be 4 digits"; return false; }
        if (year < 1) { error = "year must be 0001..9999"; return false; }
        if (!Expect(s, ref pos, '-')) { error = "'-' expected after the year"; return false; }
        int month, day;
        int start = pos;
        while (pos < s.Length && char.IsAsciiDigit(s[pos])) pos++;
        int len = pos - start;
        pos = start;
        if (len == 3)
        {
            ReadDigits(s, ref pos, 3, out int doy);
            int daysInYear = DateTime.IsLeapYear(year) ? 366 : 365;
            if (doy < 1 || doy > daysInYear) { error = "day of year out of range"; return false; }
            var date = new DateTime(year, 1, 1).AddDays(doy - 1);
            month = date.Month; day = date.Day;
        }
        else
        {
            if (!ReadDigits(s, ref pos, 2, out month)) { error = "month must be 2 digits"; return false; }
            if (!Expect(s, ref pos, '-')) { error = "'-' expected after the month"; return false; }
            if (!ReadDigits(s, ref pos, 2, out day)) { error = "day must be 2 digits"; return false; }
        }
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) { error = "date out of range"; return false; }
        int hour = 0, minute = 0;
        double second = 0;
        if (pos < s.Length && (s[pos] == 'T' || s[pos] == 't' || s[pos] == ' '))
        {
            pos++;
            if (!ReadDigits(s, ref pos, 2, out hour) || hour > 23) { error = "hour must be 2 digits 00..23"; return false; }
            if (!Expect(s, ref pos, ':')) { error = "':' expected after the hour"; return false; }
            if (!ReadDigits(s, ref pos, 2, out minute) || minute > 59) { error = "minute must be 2 digits 00..59"; return false; }
            if (pos < s.Length && s[pos] == ':')
            {
                pos++;
                int secStart = pos;
                if (!ReadDigits(s, ref pos, 2, out _)) { error = "seconds must be 2 digits"; return false; }
                if (pos < s.Length && (s[pos] == '.' || s[pos] == ','))
                {
                    pos++;
                    int fracStart = pos;
                    while (pos < s.Length && char.IsAsciiDigit(s[pos])) pos++;
                    if (pos == fracStart) { error = "digits expected after the decimal point"; return false; }
                }
                string secText = s[secStart..pos].ToString().Replace(',', '.');
                second = double.Parse(secText, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (second >= 61) { error = "seconds out of range"; return false; }
            }
        }
        if (pos < s.Length)
        {
            var zone = s[pos..];
            if (!(zone is "Z" || zone is "z" || zone is "+00:00" || zone is "-00:00" || zone is "+0000" || zone is "UTC" || zone is " UTC"))
            {
                error = $"unexpected '{zone.ToString()}' (only UTC is accepted)";
                return false;
            }
        }
        epoch = FromJulianDate(JulianDayNumberAtMidnight(year, month, day), (hour * 3600.0 + minute * 60.0 + second) / 86400.0);
        return true;
    }

    private static bool ReadDigits(ReadOnlySpan<char> s, ref int pos, int count, out int value)
    {
        value = 0;
        if (pos + count > s.Length) return false;
        for (int i = 0; i < count; i++)
        {
            char c = s[pos + i];
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        pos += count;
        return true;
    }

    private static bool Expect(ReadOnlySpan<char> s, ref int pos, char c)
    {
        if (pos >= s.Length || s[pos] != c) return false;
        pos++;
        return true;
    }

    /// <summary>Formats as ISO-8601 UTC with microseconds: <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>.</summary>
    public override string ToString()
    {
        long micro = (long)Math.Round(_fraction * 86_400_000_000.0);
        double midnight = _midnight;
        if (micro >= 86_400_000_000L) { micro -= 86_400_000_000L; midnight += 1.0; }
        var (y, m, d) = CalendarDate(midnight);
        long sec = micro / 1_000_000, us = micro % 1_000_000;
        return string.Create(CultureInfo.InvariantCulture,
            $"{y:D4}-{m:D2}-{d:D2}T{sec / 3600:D2}:{sec / 60 % 60:D2}:{sec % 60:D2}.{us:D6}Z");
    }

    /// <summary>Julian date of 00:00 UTC of a Gregorian calendar date.</summary>
    internal static double JulianDayNumberAtMidnight(int year, int month, int day)
    {
        // Fliegel & Van Flandern (1968) integer algorithm for the chronological Julian day number.
        long a = (14 - month) / 12;
        long y = year + 4800 - a;
        long m = month + 12 * a - 3;
        long jdn = day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
        return jdn - 0.5;
    }

    private static (int Year, int Month, int Day) CalendarDate(double midnight)
    {
        long jdn = (long)Math.Round(midnight + 0.5);
        long a = jdn + 32044;
        long b = (4 * a + 3) / 146097;
        long c = a - 146097 * b / 4;
        long d = (4 * c + 3) / 1461;
        long e = c - 1461 * d / 4;
        long m = (5 * e + 2) / 153;
        int day = (int)(e - (153 * m + 2) / 5 + 1);
        int month = (int)(m + 3 - 12 * (m / 10));
        int year = (int)(100 * b + d - 4800 + m / 10);
        return (year, month, day);
    }

    /// <inheritdoc/>
    public bool Equals(Epoch other) => _midnight == other._midnight && _fraction == other._fraction;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Epoch e && Equals(e);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_midnight, _fraction);

    /// <inheritdoc/>
    public int CompareTo(Epoch other)
    {
        int c = _midnight.CompareTo(other._midnight);
        return c != 0 ? c : _fraction.CompareTo(other._fraction);
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(Epoch a, Epoch b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Epoch a, Epoch b) => !a.Equals(b);

    /// <summary>Earlier than.</summary>
    public static bool operator <(Epoch a, Epoch b) => a.CompareTo(b) < 0;

    /// <summary>Later than.</summary>
    public static bool operator >(Epoch a, Epoch b) => a.CompareTo(b) > 0;

    /// <summary>Earlier or equal.</summary>
    public static bool operator <=(Epoch a, Epoch b) => a.CompareTo(b) <= 0;

    /// <summary>Later or equal.</summary>
    public static bool operator >=(Epoch a, Epoch b) => a.CompareTo(b) >= 0;
}
